// A small fictional world for the export tests: invented institutions, people, outlet and quotes,
// including hostile text (spreadsheet formulas, quotes, commas, line breaks, markup) in names and
// evidence, a rejected statement and a statement that slipped onto a syndicated copy.
import type { Db } from '../../src/lib/server/db/connect';
import type { NewStatementRow } from '../../src/lib/server/db/schema';

export const HOSTILE_NAME = '=HYPERLINK("http://evil.example","klik") Dewan "Contoh", Kab.';
export const HOSTILE_QUOTE = '+SUM(A1:A9) berjanji, "segera"\nmenambah <b>anggaran</b> jembatan';
export const TAB_QUOTE = '\tmenjamin akses air bersih';

export const BODY_A = 'Ketua Dewan Perwakilan Contoh, Wulan Sari, menyatakan siap mendukung melalui pengawasan dan anggaran. Dinas Contoh berharap dewan membantu program sekolah.';
export const BODY_B = `Anggota dewan itu ${HOSTILE_QUOTE}. Dewan juga akan merevisi perda pasar.`;
export const BODY_C = `The sample water office pledged ${TAB_QUOTE.trim()} to three villages.${TAB_QUOTE}`;

export interface ExportFixture {
	legislature: number;
	agency: number;
	hostile: number;
	mergedSlug: string;
	statements: { oversight: number; budget: number; request: number; hostile: number; rejected: number; onCopy: number; water: number; undated: number };
	articles: { a: number; b: number; c: number; copy: number };
}

function span(body: string, phrase: string) {
	const start = body.indexOf(phrase);
	if (start < 0) throw new Error(`export fixture: "${phrase}" not in body`);
	return { evidence_text: phrase, evidence_start: start, evidence_end: start + phrase.length };
}

export async function insertExportFixture(db: Db): Promise<ExportFixture> {
	const outlet = await db.insertInto('outlets').values({ domain: 'warta-rekaan.example', name: 'Warta Rekaan' }).returning('id').executeTakeFirstOrThrow();
	const inst = async (slug: string, name: string, kind: 'legislature' | 'agency', level: 'province' | 'regency', region: string) =>
		(await db.insertInto('institutions').values({ slug, name, kind, level, region_code: region }).returning('id').executeTakeFirstOrThrow()).id;
	const legislature = await inst('dewan-perwakilan-contoh', 'Dewan Perwakilan Contoh', 'legislature', 'province', '62');
	const agency = await inst('dinas-contoh', 'Dinas Contoh', 'agency', 'province', '62');
	const hostile = await inst('dewan-kabupaten-rekaan', HOSTILE_NAME, 'legislature', 'regency', '62.02');
	const water = await inst('kantor-air-rekaan', 'Kantor Air Rekaan', 'agency', 'province', '82');
	const merged = await inst('dewan-contoh-lama', 'Dewan Contoh (lama)', 'legislature', 'province', '62');
	await db.updateTable('institutions').set({ merged_into_id: legislature }).where('id', '=', merged).execute();

	const wulan = (await db.insertInto('people').values({ slug: 'wulan-sari', name: 'Wulan Sari', name_normalized: 'wulan sari' }).returning('id').executeTakeFirstOrThrow()).id;

	const article = async (body: string, published: string | null, title: string, extra: { language?: 'id' | 'en'; duplicate_of?: number } = {}) =>
		(
			await db
				.insertInto('articles')
				.values({
					body,
					title,
					language: extra.language ?? 'id',
					published_on: published,
					content_hash: `export-fixture:${title}`,
					url: `https://warta-rekaan.example/${encodeURIComponent(title)}`,
					outlet_id: outlet.id,
					duplicate_of: extra.duplicate_of ?? null
				})
				.returning('id')
				.executeTakeFirstOrThrow()
		).id;
	const a = await article(BODY_A, '2025-03-10', 'Dewan siap mengawasi');
	const b = await article(BODY_B, '2025-06-01', '@Rapat "anggaran", jembatan');
	const c = await article(BODY_C, '2024-12-05', 'Water pledge', { language: 'en' });
	const copy = await article(BODY_A, '2025-03-11', 'Dewan siap mengawasi (salinan)', { duplicate_of: a });

	const base = { extractor_version: 'export-fixture-1', confidence: 0.75, strength: 'firm' as const };
	const st = async (row: Omit<NewStatementRow, 'extractor_version' | 'confidence' | 'strength'> & { strength?: NewStatementRow['strength'] }) =>
		(await db.insertInto('statements').values({ ...base, ...row }).returning('id').executeTakeFirstOrThrow()).id;
	const commit = 'menyatakan siap mendukung melalui pengawasan dan anggaran';
	const oversight = await st({ article_id: a, kind: 'pledge', category: 'oversight', actor_institution_id: legislature, speaker_person_id: wulan, speaker_role: 'Ketua Dewan', ...span(BODY_A, commit), stated_on: '2025-03-10', review_status: 'confirmed' });
	const budget = await st({ article_id: a, kind: 'pledge', category: 'budget', actor_institution_id: legislature, target_institution_id: agency, speaker_person_id: wulan, ...span(BODY_A, commit), stated_on: '2025-03-10', amount: 2_500_000_000, amount_qualifier: 'about' });
	const request = await st({ article_id: a, kind: 'request', category: 'program', actor_institution_id: agency, target_institution_id: legislature, ...span(BODY_A, 'berharap dewan membantu program sekolah'), stated_on: '2025-03-10' });
	const hostileId = await st({ article_id: b, kind: 'pledge', category: 'budget', actor_institution_id: hostile, speaker_role: '-Wakil Ketua', ...span(BODY_B, HOSTILE_QUOTE), stated_on: '2025-06-01', strength: 'conditional' });
	const rejected = await st({ article_id: b, kind: 'pledge', category: 'regulation', actor_institution_id: hostile, ...span(BODY_B, 'akan merevisi perda pasar'), stated_on: '2025-06-01', review_status: 'rejected' });
	// Copies carry no statements by design; one that slipped through must still never be exported.
	const onCopy = await st({ article_id: copy, kind: 'pledge', category: 'program', actor_institution_id: legislature, ...span(BODY_A, 'berharap dewan membantu program sekolah'), stated_on: '2025-03-11' });
	const waterId = await st({ article_id: c, kind: 'pledge', category: 'program', actor_institution_id: water, ...span(BODY_C, TAB_QUOTE), stated_on: '2024-12-05' });
	const undated = await st({ article_id: c, kind: 'pledge', category: 'other', actor_institution_id: water, ...span(BODY_C, 'pledged'), stated_on: null, strength: 'hedged' });

	return {
		legislature,
		agency,
		hostile,
		mergedSlug: 'dewan-contoh-lama',
		statements: { oversight, budget, request, hostile: hostileId, rejected, onCopy, water: waterId, undated },
		articles: { a, b, c, copy }
	};
}
