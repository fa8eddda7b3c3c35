import { describe, expect, it } from 'vitest';
import { MIN_TICK_SPACING, fillMonths, layoutTimeline, pickMonthTicks } from './timeline';
import { layoutSparkline } from './sparkline';
import { PROVINCE_TILES, layoutTiles } from './province-tiles';

describe('chart layouts', () => {
	it('stacks categories per month and fills empty months', () => {
		const layout = layoutTimeline(
			[
				{ month: '2025-01-01', category: 'budget', count: 2 },
				{ month: '2025-01-01', category: 'program', count: 1 },
				{ month: '2025-03-01', category: 'budget', count: 4 }
			],
			600,
			200
		);
		expect(layout.columns.map((c) => [c.month, c.total])).toEqual([
			['2025-01-01', 3],
			['2025-02-01', 0],
			['2025-03-01', 4]
		]);
		const jan = layout.bars.filter((b) => b.month === '2025-01-01');
		expect(jan.map((b) => b.category)).toEqual(['budget', 'program']);
		// Program sits on top of budget, and the tallest column reaches the top of the scale.
		expect(jan[1].y + jan[1].height).toBeCloseTo(jan[0].y);
		const mar = layout.bars.find((b) => b.month === '2025-03-01');
		expect(mar?.y).toBeCloseTo(layout.margin.top);
	});

	it('fills months across a year boundary', () => {
		expect(fillMonths('2024-11-01', '2025-02-01')).toEqual(['2024-11-01', '2024-12-01', '2025-01-01', '2025-02-01']);
	});

	it('draws a sparkline inside its box', () => {
		const s = layoutSparkline([0, 2, 1], 100, 20);
		expect(s.line.startsWith('M1,19')).toBe(true);
		expect(s.last).toEqual({ x: 99, y: 10 });
		expect(layoutSparkline([], 100, 20).line).toBe('');
	});

	it('places all 38 provinces on distinct tiles', () => {
		const spots = Object.values(PROVINCE_TILES).map(([c, r]) => `${c},${r}`);
		expect(spots).toHaveLength(38);
		expect(new Set(spots).size).toBe(38);
		const { tiles } = layoutTiles([{ code: '62', name: 'Kalimantan Tengah', value: 5 }, { code: '11', name: 'Aceh', value: 0 }], 40);
		expect(tiles.find((t) => t.code === '11')?.fill).not.toBe(tiles.find((t) => t.code === '62')?.fill);
	});

	it.each([
		// A profile's 21 months on a phone (about 13 px per column): half-years, not one lone January.
		{ months: fillMonths('2024-02-01', '2025-10-01'), width: 300, expected: ['2024-07-01', '2025-01-01', '2025-07-01'] },
		// The same months on a desktop: every other month.
		{ months: fillMonths('2024-02-01', '2025-10-01'), width: 700, expected: ['2024-03-01', '2024-05-01', '2024-07-01', '2024-09-01', '2024-11-01', '2025-01-01', '2025-03-01', '2025-05-01', '2025-07-01', '2025-09-01'] },
		// Few months, wide columns: every month.
		{ months: fillMonths('2025-03-01', '2025-05-01'), width: 700, expected: ['2025-03-01', '2025-04-01', '2025-05-01'] },
		// Four years on a phone: Januaries.
		{ months: fillMonths('2022-01-01', '2025-12-01'), width: 300, expected: ['2022-01-01', '2023-01-01', '2024-01-01', '2025-01-01'] },
		// Two months between quarter starts on a phone: the first month is labelled.
		{ months: ['2025-05-01', '2025-06-01'], width: 40, expected: ['2025-05-01'] }
	])('labels $months.length months in $width px without crowding', ({ months, width, expected }) => {
		const layout = layoutTimeline([], width + 44, 200, months);
		const ticks = layout.xTicks.map((t) => t.month);
		expect(ticks).toEqual(expected);
		for (let i = 1; i < layout.xTicks.length; i++) expect(layout.xTicks[i].x - layout.xTicks[i - 1].x).toBeGreaterThanOrEqual(MIN_TICK_SPACING - 0.01);
	});

	it('labels nothing when there are no months', () => {
		expect(pickMonthTicks([], 10)).toEqual([]);
	});
});
