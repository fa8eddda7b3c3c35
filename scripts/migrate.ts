// npm run db:migrate — brings the configured database to the current schema. Works while
// `npm start` runs on the embedded database: it then joins the server's shared connection.
import { openDatabase } from '../src/lib/server/db/connect';
import { prepareDatabase } from '../src/lib/server/db/prepare';

const handle = await openDatabase({ role: 'tool', command: 'npm run db:migrate' }).catch((error: Error) => {
	console.error(error.message);
	process.exit(1);
});
try {
	const report = await prepareDatabase(handle.db);
	const applied = report.migrationsApplied;
	console.log(`${handle.description}: ${applied.length ? `applied ${applied.join(', ')}` : 'schema already up to date'}` +
		(report.regionsLoaded ? `; loaded ${report.regionsLoaded} regions` : ''));
} catch (error) {
	console.error((error as Error).message);
	process.exitCode = 1;
} finally {
	await handle.close();
}
