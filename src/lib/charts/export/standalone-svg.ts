// A dashboard chart as a file that stands on its own (SVG, and the PNG drawn from it): the same D3
// layouts as the page's charts, framed by a title, the filters in words, a legend, the source line
// with the view's address, the licence and the date. Pure: every word and the date are passed in.
import { CATEGORIES, type Category } from '$lib/domain/vocabulary';
import { formatMonthShort, monthAbbrev } from '$lib/format/date';
import { formatNumber } from '$lib/format/number';
import type { UiLang } from '$lib/i18n/lang';
import { CATEGORY_COLORS, CATEGORY_PATTERNS } from '../palette';
import { layoutTiles } from '../province-tiles';
import { layoutTimeline, type MonthCount } from '../timeline';

export interface ChartFrame {
	lang: UiLang;
	title: string;
	/** The filters of the view in words ('Kategori: Anggaran · Tahun: 2025'). */
	filters: string;
	/** One sentence saying what the chart adds up to. */
	summary: string;
	/** 'Sumber: Pledgewatch, https://…/pledges?category=budget'. */
	source: string;
	/** 'Data CC BY 4.0 · diunduh 3 Desember 2026'. */
	licence: string;
	categoryLabels: Record<Category, string>;
}

export type ChartBody =
	| { type: 'timeline'; counts: MonthCount[]; months: string[] }
	| { type: 'bars'; items: { label: string; value: number; category?: Category }[] }
	| { type: 'tiles'; provinces: { code: string; name: string; value: number }[]; legend: { low: string; high: string } };

export interface StandaloneChart {
	svg: string;
	width: number;
	height: number;
}

export const CHART_FONT = "'Noto Sans', 'DejaVu Sans', Arial, sans-serif";
const WIDTH = 1000;
const PAD = 36;
const INK = '#1b1f24';
const INK_2 = '#4d5560';
const RULE = '#d9dde3';

export function escapeXml(text: string): string {
	return text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] ?? ch);
}

/** Breaks text into lines of at most `width` px, estimating glyph widths (about 0.55 em each). */
export function wrapText(text: string, fontSize: number, width: number): string[] {
	const perLine = Math.max(10, Math.floor(width / (fontSize * 0.55)));
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		if (line && line.length + 1 + word.length > perLine) {
			lines.push(line);
			line = word;
		} else line = line ? `${line} ${word}` : word;
	}
	if (line) lines.push(line);
	return lines;
}

function textLines(lines: string[], x: number, y: number, size: number, lineHeight: number, attrs: string): string {
	return lines.map((l, i) => `<text x="${x}" y="${y + i * lineHeight}" font-size="${size}" ${attrs}>${escapeXml(l)}</text>`).join('');
}

/** The category fills: colour plus a pattern, as on the page (palette.ts; PatternDefs.svelte). */
function patternDefs(prefix: string): string {
	return CATEGORIES.map((c) => {
		const shape = CATEGORY_PATTERNS[c];
		const mark =
			shape === 'diagonal'
				? '<path d="M-1,1 l2,-2 M0,6 l6,-6 M5,7 l2,-2" stroke="#fff" stroke-width="1.2" opacity="0.75"/>'
				: shape === 'dots'
					? '<circle cx="3" cy="3" r="1.1" fill="#fff" opacity="0.8"/>'
					: shape === 'cross'
						? '<path d="M0,3 h6 M3,0 v6" stroke="#fff" stroke-width="1" opacity="0.7"/>'
						: shape === 'horizontal'
							? '<path d="M0,1.5 h6 M0,4.5 h6" stroke="#fff" stroke-width="1" opacity="0.6"/>'
							: '';
		return `<pattern id="${prefix}-${c}" patternUnits="userSpaceOnUse" width="6" height="6"><rect width="6" height="6" fill="${CATEGORY_COLORS[c]}"/>${mark}</pattern>`;
	}).join('');
}

function timelineBody(body: Extract<ChartBody, { type: 'timeline' }>, frame: ChartFrame, top: number): { markup: string; height: number } {
	const height = 380;
	const width = WIDTH - 2 * PAD;
	const layout = layoutTimeline(body.counts, width, height, body.months);
	const n = (v: number) => formatNumber(v, frame.lang);
	const parts: string[] = [`<g transform="translate(${PAD},${top})" font-size="13" fill="${INK_2}">`];
	for (const t of layout.yTicks) {
		parts.push(`<line x1="${layout.margin.left}" x2="${width - layout.margin.right}" y1="${t.y}" y2="${t.y}" stroke="${RULE}" stroke-dasharray="2 3"/>`);
		parts.push(`<text x="${layout.margin.left - 6}" y="${t.y + 4}" text-anchor="end">${n(t.value)}</text>`);
	}
	for (const b of layout.bars) {
		parts.push(`<rect x="${b.x.toFixed(2)}" y="${b.y.toFixed(2)}" width="${b.width.toFixed(2)}" height="${b.height.toFixed(2)}" fill="url(#pw-${b.category})" stroke="#fff" stroke-width="0.5"/>`);
	}
	const base = height - layout.margin.bottom;
	parts.push(`<line x1="${layout.margin.left}" x2="${width - layout.margin.right}" y1="${base}" y2="${base}" stroke="#8a929c"/>`);
	layout.xTicks.forEach((t, i) => {
		const label = i === 0 || t.month.slice(5, 7) === '01' ? formatMonthShort(t.month, frame.lang) : monthAbbrev(t.month, frame.lang);
		parts.push(`<text x="${t.x.toFixed(2)}" y="${base + 18}" text-anchor="middle">${escapeXml(label)}</text>`);
	});
	parts.push('</g>');
	return { markup: parts.join(''), height };
}

function barsBody(body: Extract<ChartBody, { type: 'bars' }>, frame: ChartFrame, top: number): { markup: string; height: number } {
	const row = 34;
	const labelW = 300;
	const valueW = 80;
	const trackW = WIDTH - 2 * PAD - labelW - valueW;
	const max = Math.max(1, ...body.items.map((i) => i.value));
	const parts: string[] = [];
	body.items.forEach((item, i) => {
		const y = top + i * row;
		const swatch = item.category ? `<rect x="${PAD}" y="${y + 8}" width="16" height="16" fill="url(#pw-${item.category})" stroke="${INK_2}" stroke-width="0.5"/>` : '';
		const labelX = PAD + (item.category ? 24 : 0);
		parts.push(swatch);
		parts.push(`<text x="${labelX}" y="${y + 21}" font-size="16" fill="${INK}">${escapeXml(item.label)}</text>`);
		parts.push(`<rect x="${PAD + labelW}" y="${y + 9}" width="${trackW}" height="14" rx="3" fill="#eef0f3"/>`);
		const w = (item.value / max) * trackW;
		if (w > 0) parts.push(`<rect x="${PAD + labelW}" y="${y + 9}" width="${w.toFixed(2)}" height="14" rx="3" fill="${item.category ? `url(#pw-${item.category})` : '#1f6aa5'}"/>`);
		parts.push(`<text x="${WIDTH - PAD}" y="${y + 21}" font-size="16" font-weight="700" text-anchor="end" fill="${INK}">${escapeXml(formatNumber(item.value, frame.lang))}</text>`);
	});
	return { markup: parts.join(''), height: body.items.length * row };
}

function tilesBody(body: Extract<ChartBody, { type: 'tiles' }>, frame: ChartFrame, top: number): { markup: string; height: number } {
	const size = 60;
	const layout = layoutTiles(body.provinces, size, 5);
	const left = PAD + (WIDTH - 2 * PAD - layout.width) / 2;
	const parts: string[] = [`<g transform="translate(${left.toFixed(2)},${top})">`];
	for (const t of layout.tiles) {
		const fg = t.dark ? '#fff' : INK;
		parts.push(
			`<g transform="translate(${t.x},${t.y})"><rect width="${size}" height="${size}" rx="5" fill="${t.fill}" stroke="rgba(0,0,0,0.2)"${t.value ? '' : ' stroke-dasharray="3 2"'}/>` +
				`<text x="${size / 2}" y="23" text-anchor="middle" font-size="14" font-weight="600" fill="${fg}">${escapeXml(t.short)}</text>` +
				`<text x="${size / 2}" y="46" text-anchor="middle" font-size="17" font-weight="700" fill="${fg}">${t.value ? escapeXml(formatNumber(t.value, frame.lang)) : '·'}</text></g>`
		);
	}
	parts.push('</g>');
	return { markup: parts.join(''), height: layout.height };
}

function legendRow(body: ChartBody, frame: ChartFrame, top: number): { markup: string; height: number } {
	if (body.type === 'tiles') {
		const colours = ['#eef3f8', '#c6dbef', '#9ecae1', '#4a98c9', '#1f6aa5', '#0b4178'];
		const low = escapeXml(body.legend.low);
		const x0 = PAD + low.length * 8 + 12;
		const boxes = colours.map((c, i) => `<rect x="${x0 + i * 26}" y="${top}" width="24" height="16" fill="${c}" stroke="rgba(0,0,0,0.2)"/>`).join('');
		return {
			markup: `<text x="${PAD}" y="${top + 13}" font-size="14" fill="${INK_2}">${low}</text>${boxes}<text x="${x0 + colours.length * 26 + 8}" y="${top + 13}" font-size="14" fill="${INK_2}">${escapeXml(body.legend.high)}</text>`,
			height: 24
		};
	}
	const shown = body.type === 'timeline' ? CATEGORIES : CATEGORIES.filter((c) => body.items.some((i) => i.category === c));
	if (!shown.length) return { markup: '', height: 0 };
	let x = PAD;
	const parts: string[] = [];
	for (const c of shown) {
		const label = frame.categoryLabels[c];
		parts.push(`<rect x="${x}" y="${top}" width="16" height="16" fill="url(#pw-${c})" stroke="${INK_2}" stroke-width="0.5"/>`);
		parts.push(`<text x="${x + 22}" y="${top + 13}" font-size="14" fill="${INK}">${escapeXml(label)}</text>`);
		x += 22 + label.length * 8 + 24;
	}
	return { markup: `<g class="legend">${parts.join('')}</g>`, height: 24 };
}

/** The whole file: frame, chart, legend and footer, on a white background. */
export function renderStandaloneChart(frame: ChartFrame, body: ChartBody): StandaloneChart {
	const inner = WIDTH - 2 * PAD;
	const parts: string[] = [];
	let y = PAD + 26;
	const title = wrapText(frame.title, 26, inner);
	parts.push(textLines(title, PAD, y, 26, 32, `font-weight="700" fill="${INK}"`));
	y += (title.length - 1) * 32 + 28;
	const filters = wrapText(frame.filters, 16, inner);
	parts.push(textLines(filters, PAD, y, 16, 22, `fill="${INK}"`));
	y += (filters.length - 1) * 22 + 24;
	const summary = wrapText(frame.summary, 15, inner);
	parts.push(textLines(summary, PAD, y, 15, 20, `fill="${INK_2}"`));
	y += (summary.length - 1) * 20 + 20;

	const drawn = body.type === 'timeline' ? timelineBody(body, frame, y) : body.type === 'bars' ? barsBody(body, frame, y) : tilesBody(body, frame, y);
	parts.push(drawn.markup);
	y += drawn.height + 18;
	const legend = legendRow(body, frame, y);
	parts.push(legend.markup);
	y += legend.height + 18;

	parts.push(`<line x1="${PAD}" x2="${WIDTH - PAD}" y1="${y}" y2="${y}" stroke="${RULE}"/>`);
	y += 22;
	const source = wrapText(frame.source, 13, inner);
	parts.push(textLines(source, PAD, y, 13, 18, `fill="${INK_2}"`));
	y += (source.length - 1) * 18 + 18;
	parts.push(`<text x="${PAD}" y="${y}" font-size="13" fill="${INK_2}">${escapeXml(frame.licence)}</text>`);
	const height = Math.ceil(y + PAD - 8);

	const svg =
		`<?xml version="1.0" encoding="UTF-8"?>\n` +
		`<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="${escapeXml(CHART_FONT)}" role="img" aria-label="${escapeXml(`${frame.title}. ${frame.summary}`)}" lang="${frame.lang}">` +
		`<title>${escapeXml(frame.title)}</title><desc>${escapeXml(`${frame.filters}. ${frame.summary} ${frame.source}. ${frame.licence}`)}</desc>` +
		`<defs>${patternDefs('pw')}</defs><rect width="${WIDTH}" height="${height}" fill="#fff"/>` +
		parts.join('') +
		`</svg>\n`;
	return { svg, width: WIDTH, height };
}
