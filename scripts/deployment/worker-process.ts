// One `npm run worker` process (scripts/worker.ts) of the deployment, with its output kept for
// the report and for the error message when it does not start.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');

export interface WorkerProcess {
	name: string;
	child: ChildProcess;
	output(): string;
	/** SIGTERM (jobs in hand finish or go back to the queue), SIGKILL after 15 s; no-op once exited. */
	stop(): Promise<void>;
}

const exited = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null;

export async function startWorkerProcess(name: string, env: Record<string, string>): Promise<WorkerProcess> {
	// Node with tsx's loader rather than the tsx command: the command runs the script in a child
	// process, and a SIGKILL to it would leave that child working (the kill must hit the worker).
	const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/worker.ts'], {
		cwd: root,
		env: { ...process.env, ...env },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let output = '';
	child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
	child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
	const worker: WorkerProcess = {
		name,
		child,
		output: () => output,
		async stop() {
			if (exited(child)) return;
			const gone = new Promise((r) => child.once('exit', r));
			child.kill('SIGTERM');
			const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
			await gone;
			clearTimeout(timer);
		}
	};
	const started = Date.now();
	while (!output.includes('working the source queues')) {
		if (exited(child) || Date.now() - started > 120_000) {
			await worker.stop();
			throw new Error(`worker ${name} did not start:\n${output}`);
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	return worker;
}
