// Progress on a terminal: one redrawn line with items, items/s and ETA when the total is known;
// plain periodic lines when output is a file or a pipe (CI logs, cron).
import type { IngestSummary } from './types';

export interface ProgressReporter {
	update(summary: IngestSummary): void;
	done(): void;
}

export function createProgress(stream: NodeJS.WriteStream, total: number | null): ProgressReporter {
	const tty = stream.isTTY === true;
	let lastPlain = 0;
	return {
		update(s) {
			const rate = s.seconds > 0 ? s.read / s.seconds : 0;
			const counts = `${s.read}${total ? `/${total}` : ''} items · ${rate.toFixed(0)}/s · new ${s.new} · dup ${s.duplicate} · near-dup ${s.nearDuplicate} · failed ${s.failed}`;
			if (tty) {
				const width = 24;
				const share = total ? Math.min(1, s.read / total) : 0;
				const bar = total ? `[${'#'.repeat(Math.round(share * width)).padEnd(width, '.')}] ` : '';
				const eta = total && rate > 0 ? ` · ETA ${Math.max(0, Math.round((total - s.read) / rate))} s` : '';
				stream.write(`\r${bar}${counts}${eta}\x1b[K`);
			} else if (s.seconds - lastPlain >= 5) {
				lastPlain = s.seconds;
				stream.write(`${counts}\n`);
			}
		},
		done() {
			if (tty) stream.write('\n');
		}
	};
}

export function formatSummary(s: IngestSummary): string {
	return [
		`read ${s.read} · new ${s.new} · duplicate ${s.duplicate} · near-duplicate ${s.nearDuplicate} · failed ${s.failed} · statements added ${s.statementsAdded}`,
		`${s.seconds.toFixed(1)} s${s.runId !== null ? ` · ingest run #${s.runId}` : ''}`
	].join('\n');
}
