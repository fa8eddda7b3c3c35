import { describe, expect, it } from 'vitest';
import { sourceHealth } from './health';

const now = new Date('2026-03-01T12:00:00Z');
const base = { kind: 'feed' as const, paused: false, intervalSeconds: 1800, lastSuccessAt: new Date('2026-03-01T11:40:00Z'), consecutiveFailures: 0, createdAt: new Date('2026-02-01T00:00:00Z') };

describe('sourceHealth', () => {
	const rows = [
		{ name: 'polled 20 minutes ago', source: base, expected: 'healthy' },
		{ name: 'paused wins over anything', source: { ...base, paused: true, consecutiveFailures: 9 }, expected: 'paused' },
		{ name: 'one failure after a success is still healthy', source: { ...base, consecutiveFailures: 1 }, expected: 'healthy' },
		{ name: 'two failures in a row', source: { ...base, consecutiveFailures: 2 }, expected: 'failing' },
		{ name: 'never polled', source: { ...base, lastSuccessAt: null }, expected: 'waiting' },
		{ name: 'never succeeded and failed once', source: { ...base, lastSuccessAt: null, consecutiveFailures: 1 }, expected: 'failing' },
		{ name: 'last success more than three intervals ago', source: { ...base, lastSuccessAt: new Date('2026-03-01T10:00:00Z') }, expected: 'stale' },
		{ name: 'a push source quiet for two hours', source: { ...base, kind: 'push' as const, lastSuccessAt: new Date('2026-03-01T10:00:00Z') }, expected: 'healthy' }
	];
	for (const row of rows) it(row.name, () => expect(sourceHealth(row.source, now)).toBe(row.expected));
});
