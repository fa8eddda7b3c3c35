// A tiny line of monthly counts for list rows.
import { scaleLinear } from 'd3-scale';
import { area, line } from 'd3-shape';

export interface SparklineLayout {
	line: string;
	area: string;
	last: { x: number; y: number } | null;
}

export function layoutSparkline(values: number[], width: number, height: number): SparklineLayout {
	if (values.length === 0) return { line: '', area: '', last: null };
	const x = scaleLinear().domain([0, Math.max(1, values.length - 1)]).range([1, width - 1]);
	const y = scaleLinear().domain([0, Math.max(1, ...values)]).range([height - 1, 1]);
	const points = values.map((v, i) => ({ v, i }));
	const lineGen = line<{ v: number; i: number }>()
		.x((d) => x(d.i))
		.y((d) => y(d.v));
	const areaGen = area<{ v: number; i: number }>()
		.x((d) => x(d.i))
		.y0(height - 1)
		.y1((d) => y(d.v));
	const lastPoint = points[points.length - 1];
	return { line: lineGen(points) ?? '', area: areaGen(points) ?? '', last: { x: x(lastPoint.i), y: y(lastPoint.v) } };
}
