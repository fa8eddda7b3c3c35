// End to end on fictional articles in tests/fixtures/extract (never the evaluation corpus).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ArticleInput } from '../../domain/statement';
import { loadGazetteer } from '../resolve/gazetteer';
import { extractStatements } from './extract-statements';
import { toGoldFormat } from './to-gold-format';
import { EXTRACTOR_VERSION } from './version';

interface ExpectedPledge {
	/** The institution that commits (canonical name). */
	actor_institution: string;
	category: string;
	evidence_contains: string;
	strength: string;
	amount_idr?: number;
}
interface Fixture {
	article: ArticleInput & { id: string };
	expected: { pledges: ExpectedPledge[]; requests_min?: number; stated_on?: string };
}

const dir = join(process.cwd(), 'tests/fixtures/extract');
const fixtures = readdirSync(dir)
	.filter((f) => f.endsWith('.json'))
	.sort()
	.map((f) => [f, JSON.parse(readFileSync(join(dir, f), 'utf8')) as Fixture] as const);

/** The statement that states or restates the expected sentence, if any. */
function covering(x: ReturnType<typeof extractStatements>, fragment: string) {
	return x.statements.filter((s) => s.kind === 'pledge' && [s.evidence, ...s.restatements].some((e) => e.text.includes(fragment)));
}

describe('extractStatements on fictional articles', async () => {
	const gazetteer = await loadGazetteer();
	// What the pipeline must always get right: every expected pledge found (as evidence or as a
	// merged restatement) and attributed to the right institution, nothing else claimed, offsets exact.
	it.each(fixtures)('%s', (_name, fx) => {
		const x = extractStatements(fx.article, { gazetteer });
		expect(x.extractorVersion).toBe(EXTRACTOR_VERSION);
		for (const want of fx.expected.pledges) {
			const found = covering(x, want.evidence_contains);
			expect(found.length, `pledge not found: ${want.evidence_contains}`).toBeGreaterThan(0);
			expect(found.map((s) => s.actor.name)).toContain(want.actor_institution);
			if (want.amount_idr !== undefined) expect(found.map((s) => s.amount?.value)).toContain(want.amount_idr);
		}
		const pledges = x.statements.filter((s) => s.kind === 'pledge');
		const expectedSentences = fx.expected.pledges.map((p) => p.evidence_contains);
		for (const s of pledges) {
			const covers = [s.evidence, ...s.restatements].some((e) => expectedSentences.some((want) => e.text.includes(want)));
			expect(covers, `unexpected pledge: ${s.evidence.text}`).toBe(true);
		}
		const out = toGoldFormat(fx.article.id, x);
		expect(out.requests.length).toBeGreaterThanOrEqual(fx.expected.requests_min ?? 0);
		if (fx.expected.stated_on) expect(x.statements[0].statedOn).toBe(fx.expected.stated_on);
		for (const s of x.statements) {
			expect(fx.article.text.slice(s.evidence.start, s.evidence.end)).toBe(s.evidence.text);
			for (const r of s.restatements) expect(fx.article.text.slice(r.start, r.end)).toBe(r.text);
			expect(s.confidence.score).toBeGreaterThan(0);
			expect(s.confidence.score).toBeLessThan(1);
			expect(s.confidence.signals.length).toBeGreaterThan(0);
		}
		for (const m of x.mentions) expect(fx.article.text.slice(m.span.start, m.span.end)).toBe(m.span.text);
	});

	// Categories and strength are the model's judgment, measured by cross-validation
	// (`npm run eval -- --cv 5`); here they must at least agree on most of the plain cases.
	it('names the kind of support and its strength for most expected pledges', () => {
		const rows = fixtures.flatMap(([, fx]) => {
			const x = extractStatements(fx.article, { gazetteer });
			return fx.expected.pledges.map((want) => {
				const found = covering(x, want.evidence_contains);
				return { category: found.some((s) => s.category === want.category), strength: found.some((s) => s.strength === want.strength) };
			});
		});
		expect(rows.length).toBeGreaterThanOrEqual(10);
		expect(rows.filter((r) => r.category).length / rows.length).toBeGreaterThanOrEqual(0.7);
		expect(rows.filter((r) => r.strength).length / rows.length).toBeGreaterThanOrEqual(0.7);
	});

	it('is deterministic', () => {
		const fx = fixtures[0][1];
		expect(JSON.stringify(extractStatements(fx.article, { gazetteer }))).toBe(JSON.stringify(extractStatements(fx.article, { gazetteer })));
	});

	it('lists institutions and people as mentions', () => {
		const fx = fixtures.find(([n]) => n === 'id-dprd-oversight.json')?.[1];
		const x = extractStatements(fx!.article, { gazetteer });
		const names = x.mentions.map((m) => (m.type === 'institution' ? m.institution.name : m.name));
		expect(names).toContain('DPRD Kabupaten Kotawaringin Timur');
		expect(names).toContain('Bima Santoso');
		const person = x.mentions.find((m) => m.type === 'person' && m.name === 'Bima Santoso');
		expect(person?.type === 'person' && person.canonicalRole).toBe('Ketua DPRD Kabupaten Kotawaringin Timur');
	});

	it('splits one sentence committing two actors into two pledges', () => {
		const text =
			'Wakil Gubernur Kalbar Sari Dewi dan Ketua DPRD Kalbar Eko Prasetyo menandatangani kesepakatan. Keduanya menyatakan komitmen untuk menambah anggaran irigasi bagi petani sawah.';
		const x = extractStatements({ text, lang: 'id' }, { gazetteer });
		expect(x.statements.map((s) => [s.actor.name, s.category])).toEqual([
			['Pemerintah Provinsi Kalimantan Barat', 'budget'],
			['DPRD Provinsi Kalimantan Barat', 'budget']
		]);
	});

	it('resolves pihaknya and ia to the last speaker', () => {
		const text = 'Ketua Komisi C DPRD Kalteng, Rahmat Hidayat, hadir di lokasi. Ia menegaskan pihaknya akan mengawasi proyek bendungan itu.';
		const x = extractStatements({ text, lang: 'id' }, { gazetteer });
		expect(x.statements[0]).toMatchObject({ kind: 'pledge', category: 'oversight', actor: { name: 'DPRD Provinsi Kalimantan Tengah' } });
		expect(x.statements[0].speaker.name).toBe('Rahmat Hidayat');
	});

	it.each([
		['Komisi II DPRD Maluku menggelar rapat dengan Dinas ESDM. Terkait ketidakhadiran PT Pertamina, Komisi akan memanggil kembali perusahaan itu.', 'DPRD Provinsi Maluku'],
		['Anggota DPRD Kabupaten Tulangbawang meninjau pasar bersama Dinas Perdagangan. Menurut Sari, Pansus akan memanggil dinas itu pekan depan.', 'DPRD Kabupaten Tulang Bawang'],
		['Members of DPRD DKI Jakarta met the Transport Agency on Monday. Lawmakers will closely monitor the bus tender, she said.', 'DPRD Provinsi DKI Jakarta']
	])('files what a legislature\'s unit commits under its legislature: %s', (text, actor) => {
		const x = extractStatements({ text, lang: text.startsWith('Members') ? 'en' : 'id' }, { gazetteer });
		expect(x.statements.filter((s) => s.kind === 'pledge').map((s) => s.actor.name)).toContain(actor);
	});

	it('does not file a third party describing another institution', () => {
		const text = 'Bupati Garut, Dedi Kurnia, mengatakan DPRD Kalteng akan mengawasi proyek itu.';
		expect(extractStatements({ text, lang: 'id' }, { gazetteer }).statements).toEqual([]);
	});

	it('does not pin what members of the public ask on the last institution named', () => {
		const text = 'Bupati Gowa, Andi Situmeang, meresmikan jembatan desa. Sejumlah warga yang hadir meminta kejelasan jadwal perbaikan jalan desa.';
		expect(extractStatements({ text, lang: 'id' }, { gazetteer }).statements).toEqual([]);
	});

	it('handles an empty body', () => {
		expect(extractStatements({ text: '' }, { gazetteer }).statements).toEqual([]);
	});
});
