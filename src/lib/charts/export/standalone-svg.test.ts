import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { escapeXml, renderStandaloneChart, wrapText, type ChartFrame } from './standalone-svg';

const frame: ChartFrame = {
	lang: 'en',
	title: 'Pledges per month, by category',
	filters: 'Filters · Category: Budget · Year: 2025',
	summary: '9 category assignments in 3 months.',
	source: 'Source: Pledgewatch, https://pw.example/pledges?category=budget&year=2025',
	licence: 'Data CC BY 4.0 (Pledgewatch) · downloaded 3 December 2026',
	categoryLabels: { budget: 'Budget', oversight: 'Oversight', program: 'Program', regulation: 'Regulation', other: 'Other' }
};

describe('standalone chart files', () => {
	it('frames a timeline with title, filters, legend, source and licence, as well-formed SVG', () => {
		const { svg, width, height } = renderStandaloneChart(frame, {
			type: 'timeline',
			counts: [
				{ month: '2025-01-01', category: 'budget', count: 4 },
				{ month: '2025-03-01', category: 'budget', count: 5 }
			],
			months: ['2025-01-01', '2025-02-01', '2025-03-01']
		});
		expect(XMLValidator.validate(svg)).toBe(true);
		expect(width).toBe(1000);
		expect(svg).toContain(`height="${height}"`);
		for (const text of ['>Pledges per month, by category<', '>Filters · Category: Budget · Year: 2025<', '>Budget<', '>Regulation<', 'pw.example/pledges?category=budget&amp;year=2025', 'CC BY 4.0', '>Jan 2025<', '>Mar<'])
			expect(svg).toContain(text);
		// Two bars, filled with the category's pattern.
		expect(svg.match(/fill="url\(#pw-budget\)" stroke="#fff"/g)).toHaveLength(2);
	});

	it('escapes whatever the words contain', () => {
		const { svg } = renderStandaloneChart({ ...frame, title: 'DPRD <script>alert(1)</script> & "x"' }, { type: 'bars', items: [{ label: "O'Brien <b>", value: 2 }] });
		expect(XMLValidator.validate(svg)).toBe(true);
		expect(svg).not.toContain('<script>');
		expect(svg).toContain('DPRD &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;');
		expect(escapeXml(`<&>"'`)).toBe('&lt;&amp;&gt;&quot;&#39;');
	});

	it('draws all 38 provinces as tiles with a fewer–more scale', () => {
		const { svg } = renderStandaloneChart(frame, { type: 'tiles', provinces: [{ code: '62', name: 'Kalimantan Tengah', value: 7 }], legend: { low: 'fewer', high: 'more' } });
		expect(svg).toContain('>KT<');
		expect(svg).toContain('>7<');
		expect(svg).toContain('>fewer<');
	});

	it('wraps long lines within the width', () => {
		const lines = wrapText('Filters · Institution: Dewan Perwakilan Rakyat Daerah Provinsi Kalimantan Tengah · Category: Budget, Oversight · Year: 2024, 2025', 16, 300);
		expect(lines.length).toBeGreaterThan(2);
		for (const line of lines) expect(line.length).toBeLessThanOrEqual(Math.floor(300 / (16 * 0.55)));
	});
});
