// A small fictional world for the dashboard query tests (people, quotes and outlet are invented).
// Hand-computed facts the tests check are listed next to the rows that produce them.
import type { Db } from '../../src/lib/server/db/connect';
import type { NewStatementRow } from '../../src/lib/server/db/schema';

export const BODY_1 = [
	'Palangka Raya — Kepala Kantor Wilayah Contoh, Sinta Marlina, berharap DPRD dapat memberikan dukungan bagi program pembinaan warga binaan.',
	'Ketua DPRD Provinsi Kalimantan Tengah, Rudi Hartawan, menyatakan siap mendukung melalui fungsi pengawasan dan anggaran.',
	'Pertemuan berlangsung di ruang rapat dewan.'
].join('\n\n');
export const BODY_2 = [
	'Dewan berkomitmen mengalokasikan Rp1,4 triliun untuk sekolah jika anggaran memungkinkan.',
	'DPRD Kotawaringin Timur berjanji menambah anggaran puskesmas.',
	'Dewan juga akan merevisi peraturan daerah tentang parkir.'
].join('\n\n');
export const BODY_3 = 'The provincial education office pledged to fund new classrooms on three islands.';
export const BODY_4 = 'Dewan menyatakan akan berupaya mendukung pembangunan dermaga.';

export interface Fixture {
	dprdKalteng: number;
	kanwil: number;
	dprdKotim: number;
	dinasMalut: number;
	merged: number;
	articles: { first: number; second: number; english: number; copy: number; undated: number };
	statements: { oversight: number; budget: number; request: number; program: number; kotim: number; rejected: number; malut: number; undated: number };
}

function span(body: string, phrase: string) {
	const start = body.indexOf(phrase);
	if (start < 0) throw new Error(`fixture: "${phrase}" not in body`);
	return { evidence_text: phrase, evidence_start: start, evidence_end: start + phrase.length };
}

export async function insertDashboardFixture(db: Db): Promise<Fixture> {
	const outlet = await db.insertInto('outlets').values({ domain: 'kabar-contoh.example', name: 'Kabar Contoh' }).returning('id').executeTakeFirstOrThrow();
	const inst = async (slug: string, name: string, kind: 'legislature' | 'agency', level: 'province' | 'regency', region: string) =>
		(await db.insertInto('institutions').values({ slug, name, kind, level, region_code: region }).returning('id').executeTakeFirstOrThrow()).id;
	const dprdKalteng = await inst('dprd-provinsi-kalimantan-tengah', 'DPRD Provinsi Kalimantan Tengah', 'legislature', 'province', '62');
	const kanwil = await inst('kanwil-contoh-kalteng', 'Kantor Wilayah Contoh Kalimantan Tengah', 'agency', 'province', '62');
	const dprdKotim = await inst('dprd-kabupaten-kotawaringin-timur', 'DPRD Kabupaten Kotawaringin Timur', 'legislature', 'regency', '62.02');
	const dinasMalut = await inst('dinas-pendidikan-maluku-utara', 'Dinas Pendidikan Maluku Utara', 'agency', 'province', '82');
	const merged = await inst('dprd-kalteng-lama', 'DPRD Kalteng (lama)', 'legislature', 'province', '62');
	await db.updateTable('institutions').set({ merged_into_id: dprdKalteng }).where('id', '=', merged).execute();
	await db.insertInto('slug_redirects').values({ old_slug: 'dprd-kalteng-tua', institution_id: dprdKalteng }).execute();

	const rudi = (await db.insertInto('people').values({ slug: 'rudi-hartawan', name: 'Rudi Hartawan', name_normalized: 'rudi hartawan' }).returning('id').executeTakeFirstOrThrow()).id;
	const sinta = (await db.insertInto('people').values({ slug: 'sinta-marlina', name: 'Sinta Marlina', name_normalized: 'sinta marlina' }).returning('id').executeTakeFirstOrThrow()).id;
	await db
		.insertInto('roles')
		.values([
			{ person_id: rudi, institution_id: dprdKalteng, title: 'Ketua DPRD Provinsi Kalimantan Tengah', first_seen: '2025-04-16', last_seen: '2025-05-02' },
			{ person_id: sinta, institution_id: kanwil, title: 'Kepala Kantor Wilayah', first_seen: '2025-04-16', last_seen: '2025-04-16' }
		])
		.execute();

	const article = async (body: string, published: string | null, extra: { language?: 'id' | 'en'; duplicate_of?: number; title?: string } = {}) =>
		(
			await db
				.insertInto('articles')
				.values({
					body,
					title: extra.title ?? null,
					language: extra.language ?? 'id',
					published_on: published,
					content_hash: `fixture:${body.length}:${published}:${extra.duplicate_of ?? 0}`,
					url: `https://kabar-contoh.example/${body.length}`,
					outlet_id: outlet.id,
					duplicate_of: extra.duplicate_of ?? null
				})
				.returning('id')
				.executeTakeFirstOrThrow()
		).id;
	const first = await article(BODY_1, '2025-04-16', { title: 'Dewan siap dukung pembinaan' });
	const second = await article(BODY_2, '2025-05-02', { title: 'Anggaran sekolah dan puskesmas' });
	const english = await article(BODY_3, '2024-11-20', { language: 'en', title: 'Classrooms pledged' });
	const copy = await article(BODY_1 + '\n\nSalinan.', '2025-04-17', { duplicate_of: first, title: 'Dewan siap dukung pembinaan (salinan)' });
	const undated = await article(BODY_4, null, { title: 'Dermaga' });

	const base = { extractor_version: 'fixture-1', confidence: 0.8, strength: 'firm' as const };
	const statement = async (row: Omit<NewStatementRow, 'extractor_version' | 'confidence' | 'strength'> & { strength?: NewStatementRow['strength'] }) =>
		(await db.insertInto('statements').values({ ...base, ...row }).returning('id').executeTakeFirstOrThrow()).id;
	const commit = 'menyatakan siap mendukung melalui fungsi pengawasan dan anggaran';
	// 2025-04: DPRD Kalteng pledges oversight + budget (one sentence), the Kanwil asks it for a program.
	const oversight = await statement({ article_id: first, kind: 'pledge', category: 'oversight', actor_institution_id: dprdKalteng, speaker_person_id: rudi, speaker_role: 'Ketua DPRD Provinsi Kalimantan Tengah', ...span(BODY_1, commit), stated_on: '2025-04-16', review_status: 'confirmed' });
	const budget = await statement({ article_id: first, kind: 'pledge', category: 'budget', actor_institution_id: dprdKalteng, target_institution_id: kanwil, speaker_person_id: rudi, ...span(BODY_1, commit), stated_on: '2025-04-16', status: 'in_progress' });
	const request = await statement({ article_id: first, kind: 'request', category: 'program', actor_institution_id: kanwil, target_institution_id: dprdKalteng, speaker_person_id: sinta, ...span(BODY_1, 'berharap DPRD dapat memberikan dukungan bagi program pembinaan warga binaan'), stated_on: '2025-04-16' });
	// 2025-05: a conditional program pledge with an amount, a Kotim budget pledge, and a rejected one.
	const program = await statement({ article_id: second, kind: 'pledge', category: 'program', actor_institution_id: dprdKalteng, ...span(BODY_2, 'Dewan berkomitmen mengalokasikan Rp1,4 triliun untuk sekolah jika anggaran memungkinkan'), stated_on: '2025-05-02', strength: 'conditional', amount: 1_400_000_000_000, amount_qualifier: 'exact' });
	const kotim = await statement({ article_id: second, kind: 'pledge', category: 'budget', actor_institution_id: dprdKotim, ...span(BODY_2, 'berjanji menambah anggaran puskesmas'), stated_on: '2025-05-02' });
	const rejected = await statement({ article_id: second, kind: 'pledge', category: 'regulation', actor_institution_id: dprdKalteng, ...span(BODY_2, 'akan merevisi peraturan daerah tentang parkir'), stated_on: '2025-05-02', review_status: 'rejected' });
	// 2024-11: an English pledge in Maluku Utara.
	const malut = await statement({ article_id: english, kind: 'pledge', category: 'program', actor_institution_id: dinasMalut, ...span(BODY_3, 'pledged to fund new classrooms on three islands'), stated_on: '2024-11-20' });
	// Undated: searchable, never counted.
	const undatedId = await statement({ article_id: undated, kind: 'pledge', category: 'other', actor_institution_id: kanwil, ...span(BODY_4, 'akan berupaya mendukung pembangunan dermaga'), stated_on: null, strength: 'hedged' });

	await db
		.insertInto('pledge_updates')
		.values([
			{ statement_id: budget, status: 'in_progress', effective_on: '2025-06-01', reason: 'Pos anggaran muncul di rancangan APBD.', source_url: 'https://kabar-contoh.example/apbd' },
			{ statement_id: budget, status: 'kept', effective_on: '2025-07-01', reason: 'Saran mesin, belum diperiksa.', state: 'suggested' }
		])
		.execute();

	return {
		dprdKalteng,
		kanwil,
		dprdKotim,
		dinasMalut,
		merged,
		articles: { first, second, english, copy, undated },
		statements: { oversight, budget, request, program, kotim, rejected, malut, undated: undatedId }
	};
}
