// npm run user -- add EMAIL --role editor | list | disable | set-password | token add NAME --scope ingest
// Works while `npm start` runs on the embedded database: it joins the server's shared connection.
import { openDatabase } from '../src/lib/server/db/connect';
import { prepareDatabase } from '../src/lib/server/db/prepare';
import { runUserCommand, type CliIo } from '../src/lib/server/auth/user-commands';
import { readHiddenLine, readStdin } from './user-terminal';

const io: CliIo = {
	async readPassword(fromStdin) {
		if (fromStdin) return (await readStdin()).replace(/\r?\n$/, '');
		if (!process.stdin.isTTY) throw new Error('No terminal to type a password in: pipe it with --password-stdin.');
		const first = await readHiddenLine('New password: ');
		const second = await readHiddenLine('Repeat it: ');
		if (first !== second) throw new Error('The two passwords differ; nothing was changed.');
		return first;
	},
	out: (line) => console.log(line),
	err: (line) => console.error(line)
};

const handle = await openDatabase({ role: 'tool', command: 'npm run user' }).catch((error: Error) => {
	console.error(error.message);
	process.exit(1);
});
try {
	await prepareDatabase(handle.db);
	process.exitCode = await runUserCommand(handle.db, process.argv.slice(2), io);
} catch (error) {
	console.error((error as Error).message);
	process.exitCode = 1;
} finally {
	await handle.close();
}
