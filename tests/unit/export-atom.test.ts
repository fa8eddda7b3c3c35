// Atom escaping: markup, quotes and XML-forbidden control characters in news text never break a feed.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { atomFeed, xmlText } from '../../src/lib/server/export/atom';
import type { FeedPledgeRow } from '../../src/lib/server/db/queries/export-pledges';

const row: FeedPledgeRow = {
	id: 5, kind: 'pledge', category: 'budget', strength: 'firm', status: 'not_yet_rated', reviewStatus: 'auto', confidence: 0.5,
	statedOn: '2025-02-03', actorSlug: 'x', actorName: 'Dinas "A" & <B>', actorKind: 'agency', actorLevel: 'province', regionCode: '62',
	provinceCode: '62', speakerName: null, speakerRole: null, targetSlug: null, targetName: null, targetText: null, amount: null,
	amountQualifier: null, currency: 'IDR', evidenceText: 'janji\u0001 ]]> <script>alert(1)</script> \'kutip\'', evidenceStart: 0, evidenceEnd: 10,
	articleId: 1, articleTitle: null, articleUrl: 'https://warta.example/a?b=1&c=2', outletName: null, publishedOn: null,
	extractorVersion: 'v', isDemo: false, dueOn: null, duePhrase: null, overdue: false, createdAt: new Date('2026-01-01T00:00:00Z')
};

describe('Atom output', () => {
	it.each([
		['a & b', 'a &amp; b'],
		['<x y="1">', '&lt;x y=&quot;1&quot;&gt;'],
		["it's", 'it&apos;s'],
		['bell\u0007 tab\t nl\n', 'bell tab\t nl\n']
	])('escapes %j', (input, expected) => {
		expect(xmlText(input)).toBe(expected);
	});

	it('stays valid XML with hostile text and reads back to the same words', () => {
		const xml = atomFeed({ selfUrl: 'https://p.example/feeds/pledges.atom?a=1&b=2', pageUrl: 'https://p.example/pledges', title: 'T & <t>', lang: 'en', now: new Date() }, [row], 'https://p.example');
		expect(XMLValidator.validate(xml)).toBe(true);
		const parsed = new XMLParser({ ignoreAttributes: false }).parse(xml) as { feed: { title: string; entry: { summary: { '#text': string }; author: { name: string } } } };
		expect(parsed.feed.title).toBe('T & <t>');
		expect(parsed.feed.entry.summary['#text']).toBe("janji ]]> <script>alert(1)</script> 'kutip'");
		expect(parsed.feed.entry.author.name).toBe('Dinas "A" & <B>');
		expect(xml).not.toContain('<script>');
	});

	it.each(['//evil.example/a', 'javascript:alert(1)', 'data:text/html,<b>x</b>', '/relative/path', 'ftp://files.example/a'])(
		'links a stored source only when it is an http(s) address: %s is left out',
		(articleUrl) => {
			const xml = atomFeed({ selfUrl: 'https://p.example/feeds/pledges.atom', pageUrl: 'https://p.example/pledges', title: 'T', lang: 'en', now: new Date() }, [{ ...row, articleUrl }], 'https://p.example');
			expect(XMLValidator.validate(xml)).toBe(true);
			expect(xml).not.toContain('rel="related"');
			expect(xml).not.toContain('evil.example');
		}
	);

	it('links an http(s) source', () => {
		const xml = atomFeed({ selfUrl: 'https://p.example/f', pageUrl: 'https://p.example/pledges', title: 'T', lang: 'en', now: new Date() }, [row], 'https://p.example');
		expect(xml).toContain('<link rel="related" href="https://warta.example/a?b=1&amp;c=2"/>');
	});
});
