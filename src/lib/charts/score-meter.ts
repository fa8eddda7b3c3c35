// Layout of a scorecard meter: one horizontal bar split into segments in SCORE_BUCKETS order,
// each as a share of the whole (percent of the bar's width, so it stays exact at any width).
import { scaleLinear } from 'd3-scale';
import { SCORE_BUCKETS, type ScoreBucket } from '$lib/domain/scorecard';
import { SCORE_STYLES, type PatternShape } from './palette';

export interface MeterSegment {
	bucket: ScoreBucket;
	count: number;
	/** Left edge and width, in percent of the bar. */
	x: number;
	width: number;
}

/** Segments with a count, left to right; none when there is nothing to show. */
export function layoutMeter(counts: Record<ScoreBucket, number>): MeterSegment[] {
	const total = SCORE_BUCKETS.reduce((a, b) => a + counts[b], 0);
	if (total === 0) return [];
	const x = scaleLinear().domain([0, total]).range([0, 100]);
	let start = 0;
	const segments: MeterSegment[] = [];
	for (const bucket of SCORE_BUCKETS) {
		const count = counts[bucket];
		if (count <= 0) continue;
		segments.push({ bucket, count, x: x(start), width: x(start + count) - x(start) });
		start += count;
	}
	return segments;
}

const STROKE = 'rgba(255,255,255,.7)';
const PATTERN_CSS: Record<PatternShape, string> = {
	solid: '',
	diagonal: `repeating-linear-gradient(45deg, transparent 0 3px, ${STROKE} 3px 4.5px)`,
	horizontal: `repeating-linear-gradient(0deg, transparent 0 3px, ${STROKE} 3px 4px)`,
	dots: `radial-gradient(${STROKE} 1.1px, transparent 1.4px) 0 0 / 5px 5px`,
	cross: `repeating-linear-gradient(0deg, transparent 0 4px, ${STROKE} 4px 5px), repeating-linear-gradient(90deg, transparent 0 4px, ${STROKE} 4px 5px)`
};

/** The CSS background of a segment or its legend swatch: the colour under its pattern. */
export function segmentBackground(bucket: ScoreBucket): string {
	const { color, pattern } = SCORE_STYLES[bucket];
	const overlay = PATTERN_CSS[pattern];
	return overlay ? `${overlay}, ${color}` : color;
}
