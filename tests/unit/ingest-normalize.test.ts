// Normalization, identity and date rules, table-tested.
import { describe, expect, it } from 'vitest';
import { canonicalizeUrl, outletDomain } from '../../src/lib/server/ingest/canonical-url';
import { parsePublished, datelineDate } from '../../src/lib/server/ingest/dates';
import { hammingDistance, simhash } from '../../src/lib/server/ingest/fingerprint';
import { detectLanguage } from '../../src/lib/server/ingest/language';
import { cleanBody, normalizeItem } from '../../src/lib/server/ingest/normalize';
import { normalizeAlias, normalizePersonName, aliasVariant } from '../../src/lib/server/resolve/normalize-names';

describe('canonicalizeUrl', () => {
	it.each([
		['https://m.kabar.example/berita/1/amp?utm_source=fb&id=3#top', 'https://kabar.example/berita/1?id=3'],
		['http://www.kabar.example/berita/1/', 'https://kabar.example/berita/1'],
		['https://amp.kabar.example/berita/1.amp.html?fbclid=x', 'https://kabar.example/berita/1.html'],
		['not a url', null],
		['ftp://kabar.example/x', null]
	])('%s → %s', (input, expected) => expect(canonicalizeUrl(input)).toBe(expected));
	it('takes the outlet from the domain', () => expect(outletDomain('https://mobile.suara.example/a')).toBe('suara.example'));
});

describe('dates', () => {
	it.each([
		['2025-04-16T08:00:00+07:00', '2025-04-16'],
		['Wed, 16 Apr 2025 20:00:00 GMT', '2025-04-17'],
		['16 April 2025', '2025-04-16'],
		['31/2/2025', null]
	])('parsePublished(%s) = %s', (input, expected) => expect(parsePublished(input)).toBe(expected));
	it('reads the dateline', () => {
		expect(datelineDate('PALANGKA RAYA – Ketua DPRD hadir, Rabu (16/4/2025). Lalu…')).toBe('2025-04-16');
		expect(datelineDate('Jakarta, 3 Mei 2025 – Menteri datang.')).toBe('2025-05-03');
	});
});

describe('normalize', () => {
	it('drops boilerplate lines and normalizes Unicode and whitespace', () => {
		const body = cleanBody('Cafe\u0301  hari ini\u00a0ramai.\r\nBaca Juga: Berita lain\n\nADVERTISEMENT\nEditor: Budi\nParagraf kedua.');
		expect(body).toBe('Café hari ini ramai.\nParagraf kedua.');
	});
	it('detects the language', () => {
		expect(detectLanguage('Ketua DPRD menyatakan siap mendukung program yang akan dijalankan oleh pemerintah dan warga.')).toBe('id');
		expect(detectLanguage('The council said it will fund the program through the budget of the province.')).toBe('en');
	});
	it('rejects empty, binary and undecodable text with a reason', () => {
		expect(() => normalizeItem({ origin: 'x', text: '   ' })).toThrow(/no body text/);
		expect(() => normalizeItem({ origin: 'x', text: 'abc\u0000\u0001\u0002'.repeat(50) })).toThrow(/binary/);
		expect(() => normalizeItem({ origin: 'x', text: 'teks \ufffd\ufffd rusak '.repeat(30) })).toThrow(/UTF-8/);
	});
});

describe('simhash', () => {
	const base = Array.from({ length: 120 }, (_, i) => `kata${i % 37} lain${i % 11} ${i}`).join(' ');
	it('puts a lightly edited copy within a few bits and a different text far away', () => {
		const a = simhash(base)!;
		expect(hammingDistance(a, simhash(base.replace('kata0 lain0 0', 'kata0 lain0 nol'))!)).toBeLessThanOrEqual(7);
		expect(hammingDistance(a, simhash(base.split(' ').reverse().join(' '))!)).toBeGreaterThan(10);
	});
	it('gives no fingerprint to very short texts', () => expect(simhash('terlalu pendek')).toBeNull());
});

describe('names', () => {
	it.each([
		['Drs. H. Arton S. Dohong, M.Si', 'arton s dohong'],
		['Ibu Siti Harahap', 'siti harahap']
	])('person %s → %s', (input, expected) => expect(normalizePersonName(input)).toBe(expected));
	it('normalizes aliases and their looser variants', () => {
		expect(normalizeAlias(' DPRD  Provinsi Kalimantan-Tengah. ')).toBe('dprd provinsi kalimantan tengah');
		expect(aliasVariant('DPRD Provinsi Kalimantan Tengah')).toBe('dprd kalimantan tengah');
	});
});
