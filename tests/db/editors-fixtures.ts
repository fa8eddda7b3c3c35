// Fictional newsroom data for the editors' tests: two legislatures (one a duplicate), an agency,
// one article with three machine statements of different confidence and a later article.
import type { Db } from '../../src/lib/server/db/connect';
import { hashPassword } from '../../src/lib/server/auth/password';
import { insertUser } from '../../src/lib/server/db/queries/users';

export const BODY =
	'Rapat kerja digelar di Palangka Raya. Ketua DPRD Provinsi Kalimantan Tengah, Budi Santosa, menyatakan pihaknya siap mendukung ' +
	'program pembinaan melalui fungsi pengawasan dan anggaran. Dinas Sosial berjanji akan mengalokasikan Rp 2 miliar tahun depan. ' +
	'Acara ditutup dengan makan siang.';

export function span(text: string): { start: number; end: number } {
	const start = BODY.indexOf(text);
	if (start < 0) throw new Error(`fixture text not found: ${text}`);
	return { start, end: start + text.length };
}

export interface Seeded {
	dprd: number;
	dprdDuplicate: number;
	dinas: number;
	article: number;
	laterArticle: number;
	oversight: number;
	budget: number;
	dinasPledge: number;
	editorId: number;
}

export async function seedEditorsFixture(db: Db): Promise<Seeded> {
	const inst = async (slug: string, name: string, kind: 'legislature' | 'agency') =>
		(
			await db
				.insertInto('institutions')
				.values({ slug, name, kind, level: 'province', region_code: '62' })
				.returning('id')
				.executeTakeFirstOrThrow()
		).id;
	const dprd = await inst('dprd-provinsi-kalimantan-tengah', 'DPRD Provinsi Kalimantan Tengah', 'legislature');
	const dprdDuplicate = await inst('dprd-kalteng', 'DPRD Kalteng', 'legislature');
	const dinas = await inst('dinas-sosial-kalteng', 'Dinas Sosial Provinsi Kalimantan Tengah', 'agency');
	await db
		.insertInto('institution_aliases')
		.values([
			{ alias_normalized: 'dprd provinsi kalimantan tengah', alias: 'DPRD Provinsi Kalimantan Tengah', institution_id: dprd },
			{ alias_normalized: 'dprd kalteng', alias: 'DPRD Kalteng', institution_id: dprdDuplicate },
			{ alias_normalized: 'dewan kalteng', alias: 'Dewan Kalteng', institution_id: dprdDuplicate }
		])
		.execute();
	const article = async (hash: string, title: string, published: string, body: string) =>
		(
			await db
				.insertInto('articles')
				.values({ title, body, language: 'id', published_on: published, content_hash: hash, url: `https://news.example/${hash}` })
				.returning('id')
				.executeTakeFirstOrThrow()
		).id;
	const a1 = await article('h1', 'DPRD siap dukung program pembinaan', '2025-04-16', BODY);
	const a2 = await article('h2', 'Anggaran pembinaan disahkan', '2025-11-20', 'Anggaran pembinaan disahkan dalam rapat paripurna.');
	const evidence = 'Ketua DPRD Provinsi Kalimantan Tengah, Budi Santosa, menyatakan pihaknya siap mendukung program pembinaan melalui fungsi pengawasan dan anggaran.';
	const e = span(evidence);
	const dinasText = 'Dinas Sosial berjanji akan mengalokasikan Rp 2 miliar tahun depan.';
	const d = span(dinasText);
	const statement = async (values: { category: 'oversight' | 'budget'; confidence: number; actor: number; text: string; start: number; end: number; amount?: number }) =>
		(
			await db
				.insertInto('statements')
				.values({
					article_id: a1,
					kind: 'pledge',
					actor_institution_id: values.actor,
					category: values.category,
					evidence_text: values.text,
					evidence_start: values.start,
					evidence_end: values.end,
					strength: 'hedged',
					stated_on: '2025-04-16',
					confidence: values.confidence,
					amount: values.amount ?? null,
					amount_qualifier: values.amount ? 'exact' : null,
					extractor_version: 'test-1'
				})
				.returning('id')
				.executeTakeFirstOrThrow()
		).id;
	const oversight = await statement({ category: 'oversight', confidence: 0.9, actor: dprdDuplicate, text: evidence, ...e });
	const budget = await statement({ category: 'budget', confidence: 0.4, actor: dprdDuplicate, text: evidence, ...e });
	const dinasPledge = await statement({ category: 'budget', confidence: 0.7, actor: dinas, text: dinasText, ...d, amount: 2_000_000_000 });
	const editor = await insertUser(db, { email: 'sari@example.org', name: 'Sari', role: 'editor', passwordHash: await hashPassword('a long test password') });
	return { dprd, dprdDuplicate, dinas, article: a1, laterArticle: a2, oversight, budget, dinasPledge, editorId: editor.id };
}

export async function rollupCount(db: Db, institutionId: number): Promise<number> {
	const rows = await db.selectFrom('statement_rollup').select('count').where('institution_id', '=', institutionId).execute();
	return rows.reduce((sum, r) => sum + r.count, 0);
}

export async function auditActions(db: Db): Promise<string[]> {
	const rows = await db.selectFrom('audit_log').select('action').orderBy('id').execute();
	return rows.map((r) => r.action);
}
