// Near-duplicates against the stored archive (not only within one batch), on both engines: the
// candidate query pairs each incoming fingerprint with stored ones in SQL, and must find exactly
// what the rule in fingerprint.ts accepts — up to 3 differing bits at any distance in time, up to 7
// within 3 days — and nothing for articles that are merely published in the same week.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/lib/server/db/connect';
import { classifyBatch, type Verdict } from '../../src/lib/server/ingest/dedupe';
import type { NormalizedArticle } from '../../src/lib/server/ingest/types';
import { engines } from './engines';

const BASE = '0123456789abcdef';

/** BASE with the lowest `bits` bits of its band `band` (0–3) flipped. */
function flip(bits: number, band = 3): string {
	const n = BigInt('0x' + BASE) ^ (((1n << BigInt(bits)) - 1n) << BigInt(16 * (3 - band)));
	return n.toString(16).padStart(16, '0');
}

function incoming(fingerprint: string, publishedOn: string | null, n: number): NormalizedArticle {
	return { origin: `test:${n}`, url: null, canonicalUrl: null, outletDomain: null, outletName: null, title: null, body: `body ${n}`, language: 'id', publishedOn, contentHash: `incoming-${n}`, fingerprint };
}

describe.each(engines)('near-duplicates against stored articles on $name', (engine) => {
	let db: Db;
	let drop: () => Promise<void>;
	let original: number;

	beforeAll(async () => {
		const opened = await engine.open();
		db = opened.handle.db;
		drop = opened.drop;
		original = (await db.insertInto('articles').values({ body: 'asli', language: 'id', published_on: '2025-05-10', content_hash: 'original', fingerprint: BASE }).returning('id').executeTakeFirstOrThrow()).id;
		// Unrelated stored articles on the same days: same week, far in bits. They must never match.
		await db
			.insertInto('articles')
			.values(Array.from({ length: 40 }, (_, i) => ({ body: `lain ${i}`, language: 'id' as const, published_on: '2025-05-1' + (i % 5), content_hash: `other-${i}`, fingerprint: flip(12 + (i % 4), 1 + (i % 2)) })))
			.execute();
	});
	afterAll(() => drop());

	const cases: [string, string, string | null, Verdict['kind']][] = [
		['3 bits apart, a year later', flip(3), '2026-05-10', 'near_duplicate'],
		['3 bits apart, no date', flip(3), null, 'near_duplicate'],
		['3 bits apart in another band', flip(3, 0), '2020-01-01', 'near_duplicate'],
		['7 bits apart, 3 days later', flip(7), '2025-05-13', 'near_duplicate'],
		['7 bits apart, 3 days earlier', flip(7), '2025-05-07', 'near_duplicate'],
		['7 bits apart, 4 days later', flip(7), '2025-05-14', 'new'],
		['8 bits apart, same day', flip(8), '2025-05-10', 'new'],
		['5 bits apart, no date', flip(5), null, 'new'],
		['identical fingerprint, years apart', BASE, '2030-01-01', 'near_duplicate']
	];

	it.each(cases)('%s', async (_, fingerprint, publishedOn, expected) => {
		const [verdict] = await classifyBatch(db, [incoming(fingerprint, publishedOn, 1)]);
		expect(verdict.kind).toBe(expected);
		if (verdict.kind === 'near_duplicate') expect(verdict.id).toBe(original);
	});

	it('classifies a whole batch of these at once, each on its own', async () => {
		const verdicts = await classifyBatch(db, cases.map(([, fp, day], i) => incoming(fp, day, i + 10)));
		// Within the batch the later articles would also match earlier ones; only stored matches count here.
		expect(verdicts.map((v) => (v.kind === 'near_duplicate' && v.id === original ? 'stored' : v.kind))).toEqual(
			cases.map(([, , , kind]) => (kind === 'near_duplicate' ? 'stored' : expect.stringMatching(/new|near_duplicate/)))
		);
	});
});
