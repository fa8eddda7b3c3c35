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
	// About one label per 70 px; January labels first, so ticks fall on year boundaries.
	const every = Math.max(1, Math.ceil(rows.length / Math.max(1, Math.floor(innerW / 70))));
	const step = every <= 1 ? 1 : every <= 3 ? 3 : every <= 6 ? 6 : 12 * Math.ceil(every / 12);
	const xTicks = rows
		.filter((r, i) => (step === 1 ? true : Number(r.month.slice(5, 7)) % step === 1 || (step === 12 && r.month.slice(5, 7) === '01') || (i === 0 && rows.length < step)))
		.map((r) => ({ month: r.month, x: (x(r.month) ?? 0) + x.bandwidth() / 2 }));
	const yTicks = y
		.ticks(4)
		.filter((v) => Number.isInteger(v))
		.map((value) => ({ value, y: y(value) }));
	return { width, height, margin, bars, columns, yTicks, xTicks, max };
}
