import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { renderStandaloneChart } from '$lib/charts/export/standalone-svg';
import { renderChartPng } from './chart-png';
import { woffToSfnt } from './woff-to-sfnt';

/** A WOFF with two tables, one compressed and one stored, built by hand. */
function tinyWoff(): { woff: Buffer; tables: Record<string, Buffer> } {
	const tables = { head: Buffer.from('0123456789abcdefghij'.repeat(3)), name: Buffer.from('xyz') };
	const packed = [
		{ tag: 'head', data: deflateSync(tables.head), orig: tables.head },
		{ tag: 'name', data: tables.name, orig: tables.name }
	];
	let offset = 44 + 20 * packed.length;
	const dir = Buffer.alloc(20 * packed.length);
	const bodies: Buffer[] = [];
	packed.forEach((t, i) => {
		dir.write(t.tag, i * 20, 'latin1');
		dir.writeUInt32BE(offset, i * 20 + 4);
		dir.writeUInt32BE(t.data.length, i * 20 + 8);
		dir.writeUInt32BE(t.orig.length, i * 20 + 12);
		dir.writeUInt32BE(7 + i, i * 20 + 16);
		const padded = Buffer.alloc((t.data.length + 3) & ~3);
		t.data.copy(padded);
		bodies.push(padded);
		offset += padded.length;
	});
	const header = Buffer.alloc(44);
	header.writeUInt32BE(0x774f4646, 0);
	header.writeUInt32BE(0x00010000, 4);
	header.writeUInt16BE(packed.length, 12);
	return { woff: Buffer.concat([header, dir, ...bodies]), tables };
}

describe('WOFF to TrueType', () => {
	it('unpacks compressed and stored tables behind a valid table directory', () => {
		const { woff, tables } = tinyWoff();
		const sfnt = woffToSfnt(woff);
		expect(sfnt.readUInt32BE(0)).toBe(0x00010000);
		expect(sfnt.readUInt16BE(4)).toBe(2);
		const record = (i: number) => ({ tag: sfnt.toString('latin1', 12 + i * 16, 16 + i * 16), checksum: sfnt.readUInt32BE(16 + i * 16), offset: sfnt.readUInt32BE(20 + i * 16), length: sfnt.readUInt32BE(24 + i * 16) });
		const head = record(0);
		expect(head).toMatchObject({ tag: 'head', checksum: 7, length: tables.head.length });
		expect(sfnt.subarray(head.offset, head.offset + head.length)).toEqual(tables.head);
		const name = record(1);
		expect(name.offset % 4).toBe(0);
		expect(sfnt.subarray(name.offset, name.offset + name.length).toString()).toBe('xyz');
	});

	it('names what is wrong with a file that is not WOFF', () => {
		expect(() => woffToSfnt(Buffer.from('not a font at all, just some words here to pass 44 bytes'))).toThrow(/not a WOFF 1\.0 file/);
	});

	it('unpacks the bundled Noto Sans into a TrueType font', () => {
		const file = createRequire(import.meta.url).resolve('@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff');
		const sfnt = woffToSfnt(readFileSync(file));
		expect(sfnt.readUInt32BE(0)).toBe(0x00010000);
		expect(sfnt.length).toBeGreaterThan(readFileSync(file).length);
	});

	it('renders a chart to a PNG of twice its size without a browser', () => {
		const chart = renderStandaloneChart(
			{ lang: 'id', title: 'Janji per bulan', filters: 'Semua lembaga', summary: '1 janji.', source: 'Sumber: Pledgewatch', licence: 'CC BY 4.0', categoryLabels: { budget: 'Anggaran', oversight: 'Pengawasan', program: 'Program', regulation: 'Regulasi', other: 'Lainnya' } },
			{ type: 'bars', items: [{ label: 'Anggaran', value: 1, category: 'budget' }] }
		);
		const png = renderChartPng(chart.svg);
		expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
		expect(png.readUInt32BE(16)).toBe(chart.width * 2);
		expect(png.readUInt32BE(20)).toBe(chart.height * 2);
	});
});
