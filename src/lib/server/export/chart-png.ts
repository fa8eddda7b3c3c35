// PNG of a standalone chart SVG, drawn on the server by resvg (Rust, shipped as a prebuilt Node
// addon inside its npm package: no browser, no system fonts). The text is set in Noto Sans (SIL
// Open Font Licence) from the @fontsource/noto-sans package, so the PNG looks the same on every
// machine, offline. The Node addon loads fonts only from files in TrueType/OpenType form, and the
// package ships WOFF: the fonts are unpacked once into the temporary folder.
import { Resvg } from '@resvg/resvg-js';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { woffToSfnt } from './woff-to-sfnt';

export const CHART_FONT_FAMILY = 'Noto Sans';
let fontFiles: string[] | null = null;

/** The TrueType files of the chart font (regular and bold), unpacked on first use. */
export function chartFontFiles(): string[] {
	if (!fontFiles) {
		const require = createRequire(import.meta.url);
		const dir = join(tmpdir(), 'pledgewatch-chart-fonts-5.3.0');
		mkdirSync(dir, { recursive: true });
		fontFiles = [400, 700].map((weight) => {
			const file = join(dir, `noto-sans-latin-${weight}.ttf`);
			const ttf = woffToSfnt(readFileSync(require.resolve(`@fontsource/noto-sans/files/noto-sans-latin-${weight}-normal.woff`)));
			// Written under a private name and renamed, so a concurrent request never reads half a file.
			const part = `${file}.${process.pid}.part`;
			writeFileSync(part, ttf);
			renameSync(part, file);
			return file;
		});
	}
	return fontFiles;
}

/** Renders at `scale` × the SVG's own size (2 = sharp on high-density screens and in print). */
export function renderChartPng(svg: string, scale = 2): Buffer {
	const resvg = new Resvg(svg, {
		fitTo: { mode: 'zoom', value: scale },
		background: '#ffffff',
		font: { fontFiles: chartFontFiles(), loadSystemFonts: false, defaultFontFamily: CHART_FONT_FAMILY, sansSerifFamily: CHART_FONT_FAMILY },
		logLevel: 'off'
	});
	return resvg.render().asPng();
}
