// Child process for the sharing test: tries to open the folder as a second server.
import { openDatabase } from '../../../src/lib/server/db/connect';

const handle = await openDatabase({ role: 'server', config: { engine: 'pglite', dataDir: process.argv[2] } }).catch((error: Error) => {
	console.error(error.message);
	process.exit(3);
});
console.log('opened');
await handle.close();
