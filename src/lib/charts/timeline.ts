// Stacked monthly bars: turns rollup rows into rectangles, axes and a summary. Pure D3 math, so the
// server draws the same chart the browser redraws at its own width.
import { scaleBand, scaleLinear } from 'd3-scale';
import { stack } from 'd3-shape';
import { CATEGORIES, type Category } from '$lib/domain/vocabulary';
import { fillMonths } from '$lib/format/months';

export { fillMonths };

export interface MonthCount {
	month: string;
	category: Category;
	count: number;
}

export interface TimelineBar {
	month: string;
	category: Category;
	value: number;
	x: number;
	y: number;
	width: number;
	height: number;
}

export interface TimelineColumn {
	month: string;
	x: number;
	width: number;
	total: number;
	byCategory: Record<Category, number>;
}

export interface TimelineLayout {
	width: number;
	height: number;
	margin: { top: number; right: number; bottom: number; left: number };
	bars: TimelineBar[];
	columns: TimelineColumn[];
	yTicks: { value: number; y: number }[];
	xTicks: { month: string; x: number }[];
	max: number;
}

type Row = { month: string } & Record<Category, number>;

export function tableByMonth(counts: MonthCount[], months?: string[]): Row[] {
	const list = months ?? (counts.length ? fillMonths(counts[0].month, counts[counts.length - 1].month) : []);
	const rows = new Map<string, Row>(list.map((month) => [month, { month, budget: 0, oversight: 0, program: 0, regulation: 0, other: 0 }]));
	for (const c of counts) {
		const row = rows.get(c.month);
		if (row) row[c.category] += c.count;
	}
	return [...rows.values()];
}

export function layoutTimeline(counts: MonthCount[], width: number, height: number, months?: string[]): TimelineLayout {
	const margin = { top: 12, right: 8, bottom: 28, left: 36 };
	const rows = tableByMonth(counts, months);
	const innerW = Math.max(10, width - margin.left - margin.right);
	const innerH = Math.max(10, height - margin.top - margin.bottom);
	// With few months, cap the column width so two bars do not fill a wide screen.
	const used = Math.min(innerW, Math.max(1, rows.length) * 90);
	const start = margin.left + (innerW - used) / 2;
	const x = scaleBand<string>()
		.domain(rows.map((r) => r.month))
		.range([start, start + used])
		.paddingInner(rows.length > 36 ? 0.1 : 0.2)
		.paddingOuter(0.1);
	const totals = rows.map((r) => CATEGORIES.reduce((a, c) => a + r[c], 0));
	const max = Math.max(1, ...totals);
	const y = scaleLinear().domain([0, max]).nice(4).range([margin.top + innerH, margin.top]);
	const series = stack<Row, Category>().keys(CATEGORIES)(rows);
	const bars: TimelineBar[] = [];
	for (const s of series) {
		for (const point of s) {
			const value = point[1] - point[0];
			if (value <= 0) continue;
			bars.push({
				month: point.data.month,
				category: s.key,
				value,
				x: x(point.data.month) ?? 0,
				y: y(point[1]),
				width: x.bandwidth(),
				height: Math.max(0, y(point[0]) - y(point[1]))
			});
		}
	}
	const columns = rows.map((r, i) => ({
		month: r.month,
		x: (x(r.month) ?? 0) - (x.step() - x.bandwidth()) / 2,
		width: x.step(),
		total: totals[i],
		byCategory: { budget: r.budget, oversight: r.oversight, program: r.program, regulation: r.regulation, other: r.other }
	}));
	const xTicks = pickMonthTicks(rows.map((r) => r.month), x.step()).map((month) => ({ month, x: (x(month) ?? 0) + x.bandwidth() / 2 }));
	const yTicks = y
		.ticks(4)
		.filter((v) => Number.isInteger(v))
		.map((value) => ({ value, y: y(value) }));
	return { width, height, margin, bars, columns, yTicks, xTicks, max };
}

/** Least room between two month labels ('Jan 2025' is about 48 px at 11 px). */
export const MIN_TICK_SPACING = 56;
const TICK_STEPS = [1, 2, 3, 6, 12, 24, 60];

/**
 * Month labels that fit the width: the smallest calendar step (every month, every 2nd, quarter,
 * half-year, January, every other January …) whose labels stand at least MIN_TICK_SPACING apart,
 * so a narrow chart shows a few labels instead of one, and a wide one never overlaps them. Steps
 * fall on calendar boundaries (quarters start in January, April …); when none lies in a short
 * range, the first month is labelled.
 */
export function pickMonthTicks(months: readonly string[], columnStep: number): string[] {
	if (!months.length) return [];
	const index = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;
	const step = TICK_STEPS.find((s) => s * columnStep >= MIN_TICK_SPACING) ?? TICK_STEPS[TICK_STEPS.length - 1];
	const ticks = months.filter((m) => index(m) % step === 0);
	return ticks.length ? ticks : [months[0]];
}
