// Child process for the sharing test: joins the embedded database as a tool and writes rows.
// argv: dataDir count tag
import { openDatabase } from '../../../src/lib/server/db/connect';

const [dataDir, count, tag] = process.argv.slice(2);
const handle = await openDatabase({ role: 'tool', config: { engine: 'pglite', dataDir }, command: `write-rows ${tag}` });
try {
	for (let i = 0; i < Number(count); i++) {
		await handle.db.transaction().execute(async (tx) => {
			await tx.insertInto('outlets').values({ domain: `${tag}-${i}.example`, name: `${tag} ${i}` }).execute();
			// A second statement in the same transaction: another client must not slip in between.
			await tx.updateTable('outlets').set({ name: `${tag} #${i}` }).where('domain', '=', `${tag}-${i}.example`).execute();
		});
	}
	console.log(`${handle.engine} ${count}`);
} finally {
	await handle.close();
}
