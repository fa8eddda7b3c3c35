import { describe, expect, it } from 'vitest';
import { isAllowed, parseRobots } from './robots';

const ROBOTS = `# a newsroom's robots.txt
User-agent: *
Disallow: /admin/
Disallow: /*.pdf$
Allow: /admin/public/

User-agent: BadBot
User-agent: OtherBot
Disallow: /

User-agent: Pledgewatch
Disallow: /arsip/
Allow: /arsip/2025/
`;

describe('robots.txt', () => {
	const rows: { agent: string; path: string; allowed: boolean }[] = [
		// Our own group applies, not the * group.
		{ agent: 'pledgewatch', path: '/admin/panel', allowed: true },
		{ agent: 'pledgewatch', path: '/arsip/2024/berita', allowed: false },
		{ agent: 'pledgewatch', path: '/arsip/2025/berita', allowed: true },
		{ agent: 'pledgewatch', path: '/berita/1', allowed: true },
		// Someone else falls back to *: longest match wins, allow wins a tie, $ anchors.
		{ agent: 'somecrawler', path: '/admin/panel', allowed: false },
		{ agent: 'somecrawler', path: '/admin/public/x', allowed: true },
		{ agent: 'somecrawler', path: '/laporan.pdf', allowed: false },
		{ agent: 'somecrawler', path: '/laporan.pdf?v=2', allowed: true },
		{ agent: 'otherbot', path: '/berita/1', allowed: false }
	];
	for (const row of rows) {
		it(`${row.agent} ${row.path} → ${row.allowed ? 'allowed' : 'disallowed'}`, () => {
			expect(isAllowed(parseRobots(ROBOTS, row.agent), row.path)).toBe(row.allowed);
		});
	}

	it('an empty Disallow or no group for anyone allows everything', () => {
		expect(isAllowed(parseRobots('User-agent: *\nDisallow:\n', 'pledgewatch'), '/x')).toBe(true);
		expect(isAllowed(parseRobots('', 'pledgewatch'), '/x')).toBe(true);
		expect(isAllowed(parseRobots('User-agent: other\nDisallow: /\n', 'pledgewatch'), '/x')).toBe(true);
	});
});
