// npm run digest: sends the email digests that are due, once, and exits (for cron or a systemd
// timer when the server does not run them itself). Needs SMTP_URL and ORIGIN (the site's public
// address, for the links). Works while `npm start` runs on the embedded database.
import { openDatabase } from '../src/lib/server/db/connect';
import { prepareDatabase } from '../src/lib/server/db/prepare';
import { sendDueDigests } from '../src/lib/server/follow/digest';
import { createMailer, mailConfigFromEnv } from '../src/lib/server/follow/mailer';
import { mailOrigin } from '../src/lib/server/follow/runner';

const config = mailConfigFromEnv();
if (!config) {
	console.error('SMTP_URL is not set: there is no mail server to send digests through (e.g. SMTP_URL=smtp://user:pass@mail.example:587).');
	process.exit(2);
}
if (!process.env.ORIGIN) console.warn(`ORIGIN is not set: links in the digests will point to ${mailOrigin()}.`);
const handle = await openDatabase({ role: 'tool', command: 'npm run digest' });
const mailer = createMailer(config);
try {
	await prepareDatabase(handle.db);
	const run = await sendDueDigests(handle.db, mailer, { origin: mailOrigin() });
	console.log(JSON.stringify(run));
} finally {
	mailer.close();
	await handle.close();
}
