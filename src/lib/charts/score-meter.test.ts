import { describe, expect, it } from 'vitest';
import { emptyScorecard } from '$lib/domain/scorecard';
import { layoutMeter, segmentBackground } from './score-meter';

describe('scorecard meter layout', () => {
	it('splits the bar into the non-empty segments in display order, as shares that add up to the whole', () => {
		const counts = { ...emptyScorecard().counts, kept: 1, broken: 1, overdue: 2, not_yet_rated: 4 };
		const segments = layoutMeter(counts);
		expect(segments.map((s) => [s.bucket, s.count, s.x, s.width])).toEqual([
			['kept', 1, 0, 12.5],
			['broken', 1, 12.5, 12.5],
			['overdue', 2, 25, 25],
			['not_yet_rated', 4, 50, 50]
		]);
	});

	it('draws nothing for an empty record, rather than a bar that looks like a verdict', () => {
		expect(layoutMeter(emptyScorecard().counts)).toEqual([]);
	});

	it('gives each segment its own colour and, where colours are close, a pattern', () => {
		const backgrounds = new Set((['kept', 'partly_kept', 'in_progress', 'stalled', 'broken', 'overdue', 'not_yet_rated'] as const).map(segmentBackground));
		expect(backgrounds.size).toBe(7);
		expect(segmentBackground('overdue')).toContain('repeating-linear-gradient');
	});
});
