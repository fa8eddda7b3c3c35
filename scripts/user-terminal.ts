// Terminal input for scripts/user.ts: a whole stdin, or one line typed without echo.
import readline from 'node:readline';
import { Writable } from 'node:stream';

export async function readStdin(): Promise<string> {
	const chunks: Buffer[] = [];
	for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
	return Buffer.concat(chunks).toString('utf8');
}

export function readHiddenLine(prompt: string): Promise<string> {
	process.stdout.write(prompt);
	// Output goes to a sink so typed characters are not echoed.
	const muted = new Writable({ write: (_chunk, _enc, done) => done() });
	const rl = readline.createInterface({ input: process.stdin, output: muted, terminal: true });
	// Raw-mode readline swallows Ctrl+C unless told what to do with it.
	rl.on('SIGINT', () => {
		rl.close();
		process.stdout.write('\n');
		process.exit(130);
	});
	return new Promise((resolve) =>
		rl.question('', (answer) => {
			rl.close();
			process.stdout.write('\n');
			resolve(answer);
		})
	);
}
