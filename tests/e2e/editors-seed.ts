// Child process for the editors' e2e tests: joins the running test server's embedded database as
// a tool (as `npm run user` does) and writes fictional data. argv: tag, place ('top' | 'low').
// Prints the ids as JSON.
import { openDatabase } from '../../src/lib/server/db/connect';
import { XSS } from './editors-xss-fixture';

const tag = process.argv[2] ?? 'x';
const place = process.argv[3] === 'low' ? 'low' : 'top';
const handle = await openDatabase({ role: 'tool', command: `editors-seed ${tag}` });
try {
	const db = handle.db;
	const ids = await db.transaction().execute(async (tx) => {
		const inst = async (slug: string, name: string) =>
			(await tx.insertInto('institutions').values({ slug: `${slug}-${tag}`, name, kind: 'legislature', level: 'province', region_code: '62' }).returning('id').executeTakeFirstOrThrow()).id;
		const legislature = await inst('dprd-contoh', `DPRD Provinsi Contoh ${tag}`);
		const duplicate = await inst('dprd-contoh-dup', `DPRD Contoh ${tag}`);
		const hostile = await inst('hostile', XSS.institutionName);
		const article = async (hash: string, title: string, body: string, url: string) =>
			(await tx.insertInto('articles').values({ title, body, url, language: 'id', published_on: '2025-05-02', content_hash: `${hash}-${tag}` }).returning('id').executeTakeFirstOrThrow()).id;
		const body = `Pembukaan rapat. Ketua DPRD Contoh menyatakan siap mendukung program rehabilitasi melalui anggaran (${tag}). Penutup.`;
		const evidence = `Ketua DPRD Contoh menyatakan siap mendukung program rehabilitasi melalui anggaran (${tag}).`;
		const a1 = await article('plain', `Rapat DPRD Contoh ${tag}`, body, `https://news.example/${tag}`);
		const a2 = await article('xss', XSS.title, `${XSS.before}${XSS.evidence}${XSS.after}`, XSS.url);
		const statement = async (articleId: number, text: string, start: number, actor: number, confidence: number, category: 'budget' | 'program' | 'oversight') =>
			(
				await tx
					.insertInto('statements')
					.values({
						article_id: articleId,
						kind: 'pledge',
						actor_institution_id: actor,
						category,
						evidence_text: text,
						evidence_start: start,
						evidence_end: start + text.length,
						strength: 'hedged',
						stated_on: '2025-05-02',
						confidence,
						extractor_version: 'e2e'
					})
					.returning('id')
					.executeTakeFirstOrThrow()
			).id;
		const start = body.indexOf(evidence);
		// The review-queue journeys walk the top of the queue in order; a suite that leaves its
		// statements unreviewed on the shared test server seeds them low, so they cannot step in between.
		const band = place === 'top' ? 0.1 : 0.6;
		const low = await statement(a1, evidence, start, duplicate, band + 0.01, 'budget');
		const mid = await statement(a1, evidence, start, duplicate, band + 0.02, 'oversight');
		const high = await statement(a1, evidence, start, duplicate, band + 0.03, 'program');
		// The XSS suite wants its hostile statement at the top of the queue; other suites want it out of the way.
		const xss = await statement(a2, XSS.evidence, XSS.before.length, hostile, tag === 'xss' ? 0.01 : 0.5, 'program');
		return { legislature, duplicate, hostile, article: a1, xssArticle: a2, low, mid, high, xss, tag };
	});
	console.log(JSON.stringify(ids));
} finally {
	await handle.close();
}
