// A source's health, as the badge on /admin/sources shows it: judged from its record when read.
import type { SourceRecord } from '../db/queries/sources';

export type SourceHealth = 'paused' | 'waiting' | 'healthy' | 'failing' | 'stale';

/** Failed polls in a row after which a source is failing rather than having a bad moment. */
export const FAILING_AFTER = 2;

export function sourceHealth(source: Pick<SourceRecord, 'kind' | 'paused' | 'intervalSeconds' | 'lastSuccessAt' | 'consecutiveFailures' | 'createdAt'>, now: Date): SourceHealth {
	if (source.paused) return 'paused';
	if (source.consecutiveFailures >= FAILING_AFTER) return 'failing';
	if (!source.lastSuccessAt) {
		// Push sources wait for their first post; others for their first poll (and one failure is a bad moment).
		return source.consecutiveFailures > 0 ? 'failing' : 'waiting';
	}
	// Three intervals without a good poll (a day for push sources) is stale, failing or not.
	const window = source.kind === 'push' ? 24 * 60 * 60 : source.intervalSeconds * 3;
	return now.getTime() - source.lastSuccessAt.getTime() > window * 1000 ? 'stale' : 'healthy';
}
