// Runs the digest inside the server (`npm start` with SMTP_URL set): every DIGEST_INTERVAL_MINUTES
// (default 60) it sends the digests that are due. Each subscription still gets at most one a day;
// the claims in queries/subscriptions.ts let several servers run this side by side.
import type { Db } from '../db/connect';
import { sendDueDigests } from './digest';
import { createMailer, mailConfigFromEnv } from './mailer';

/** The site's public address for links in emails: ORIGIN, else the local address. */
export function mailOrigin(env: Record<string, string | undefined> = process.env): string {
	return env.ORIGIN?.trim().replace(/\/$/, '') || `http://localhost:${env.PORT ?? '3000'}`;
}

/** Starts the timer when mail is configured; returns a function that stops it (or null when off). */
export function startDigestTimer(getDb: () => Db, env: Record<string, string | undefined> = process.env): (() => void) | null {
	const config = mailConfigFromEnv(env);
	if (!config) return null;
	const minutes = Math.max(1, Number(env.DIGEST_INTERVAL_MINUTES) || 60);
	const mailer = createMailer(config);
	let running = false;
	const tick = async () => {
		if (running) return;
		running = true;
		try {
			const run = await sendDueDigests(getDb(), mailer, { origin: mailOrigin(env) });
			if (run.sent || run.failed) console.log(`Digests: ${run.sent} sent, ${run.failed} failed, ${run.empty} with nothing new`);
		} catch (error) {
			console.error('Digest run failed (the next one tries again):', (error as Error).message);
		} finally {
			running = false;
		}
	};
	const timer = setInterval(() => void tick(), minutes * 60_000);
	timer.unref();
	// A first run shortly after start, not at once: start-up (migrations, demo) comes first.
	const first = setTimeout(() => void tick(), 30_000);
	first.unref();
	console.log(`Email alerts: digests checked every ${minutes} min via ${config.url.replace(/\/\/[^@/]*@/, '//…@')}`);
	return () => {
		clearInterval(timer);
		clearTimeout(first);
		mailer.close();
	};
}
