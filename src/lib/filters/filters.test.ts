import { describe, expect, it } from 'vitest';
import { parseInstitutionFilters, institutionFiltersToParams } from './institution-filters';
import { emptyPledgeFilters, parsePledgeFilters, pledgeFiltersToParams, pledgesHref, toggleFacetValue } from './pledge-filters';
import { bucketFilters, reviewedFilters, scopePledges } from './scorecard-links';
import { MAX_ROW_ID, monthAfter, parseIsoDay, parseRowId, readMonth } from './url-params';

describe('pledge filters in the URL', () => {
	it('round-trips every field and writes one canonical URL', () => {
		const url = '?year=2025&category=oversight&category=budget&q=pembinaan&province=62&review=confirmed&from=2025-01&to=2025-06&sort=oldest&kind=pledge';
		const f = parsePledgeFilters(new URLSearchParams(url));
		expect(f.category).toEqual(['budget', 'oversight']);
		expect(f.year).toEqual([2025]);
		expect(parsePledgeFilters(pledgeFiltersToParams(f))).toEqual(f);
		expect(pledgesHref(f)).toBe(
			'/pledges?q=pembinaan&kind=pledge&category=budget&category=oversight&year=2025&province=62&review=confirmed&from=2025-01&to=2025-06&sort=oldest'
		);
	});

	it('drops what it does not understand instead of failing', () => {
		const f = parsePledgeFilters(new URLSearchParams('category=bribes&review=rejected&year=abc&province=6%27--&from=2025-13&institution=../x&sort=random'));
		expect(f).toEqual(emptyPledgeFilters());
	});

	it('toggles a facet value on and off', () => {
		const on = toggleFacetValue(emptyPledgeFilters(), 'year', 2024);
		expect(on.year).toEqual([2024]);
		expect(toggleFacetValue(on, 'year', 2024).year).toEqual([]);
	});

	it('reads only months that exist', () => {
		const months = ['2025-01', '0001-12', '0000-01', '2025-00', '2025-13', '2025-1', '99999-01'];
		expect(months.map((m) => readMonth(new URLSearchParams({ from: m }), 'from'))).toEqual(['2025-01', '0001-12', null, null, null, null, null]);
	});

	it('knows where a month ends', () => {
		expect(monthAfter('2025-12')).toBe('2026-01-01');
		expect(monthAfter('2025-04')).toBe('2025-05-01');
	});
});

describe('scorecard links', () => {
	const scope = scopePledges({ institution: 'dprd-kalteng' });
	const href = (f: Parameters<typeof pledgesHref>[0]) => pledgesHref(f);

	it('sends a verdict to its status, overdue to overdue=1, and the statuses overdue shares with to overdue=0', () => {
		expect(href(bucketFilters(scope, 'kept'))).toBe('/pledges?institution=dprd-kalteng&kind=pledge&status=kept');
		expect(href(bucketFilters(scope, 'overdue'))).toBe('/pledges?institution=dprd-kalteng&kind=pledge&overdue=1');
		expect(href(bucketFilters(scope, 'in_progress'))).toBe('/pledges?institution=dprd-kalteng&kind=pledge&status=in_progress&overdue=0');
		expect(href(bucketFilters(scope, 'not_yet_rated'))).toBe('/pledges?institution=dprd-kalteng&kind=pledge&status=not_yet_rated&overdue=0');
		expect(href(reviewedFilters(scope))).toBe('/pledges?institution=dprd-kalteng&kind=pledge&status=in_progress&status=kept&status=partly_kept&status=broken&status=stalled');
	});

	it('round-trips overdue=0 and the deadline range through the URL', () => {
		const f = parsePledgeFilters(new URLSearchParams('overdue=0&due_from=2026-10&due_to=2026-12'));
		expect(f).toMatchObject({ overdue: false, notOverdue: true, dueFrom: '2026-10', dueTo: '2026-12' });
		expect(pledgeFiltersToParams(f).toString()).toBe('overdue=0&due_from=2026-10&due_to=2026-12');
		expect(parsePledgeFilters(new URLSearchParams('overdue=2&due_from=2026-13')).notOverdue).toBe(false);
	});
});

describe('institution filters in the URL', () => {
	it('round-trips and omits the default sort', () => {
		const f = parseInstitutionFilters(new URLSearchParams('level=province&province=62&sort=pledges&from=2024-01'));
		expect(institutionFiltersToParams(f).toString()).toBe('level=province&province=62&from=2024-01');
	});
});

describe('row ids in the URL', () => {
	it.each([
		['1', 1],
		['42', 42],
		[String(MAX_ROW_ID), MAX_ROW_ID],
		[String(MAX_ROW_ID + 1), undefined],
		['9999999999', undefined],
		['99999999999999999999', undefined],
		['1e3', undefined],
		['1e400', undefined],
		['0', undefined],
		['-1', undefined],
		['12abc', undefined],
		[' 12', undefined],
		['', undefined],
		[null, undefined]
	])('%s → %s', (text, expected) => {
		expect(parseRowId(text)).toBe(expected);
	});
});

describe('calendar days in the URL', () => {
	it.each([
		['2025-02-28', '2025-02-28'],
		['2024-02-29', '2024-02-29'],
		['2025-02-29', undefined],
		['2025-02-30', undefined],
		['2025-13-01', undefined],
		['9999-99-99', undefined],
		['0000-01-01', undefined],
		['0025-01-01', '0025-01-01'],
		['2025-1-01', undefined],
		['', undefined],
		[null, undefined]
	])('%s → %s', (text, expected) => {
		expect(parseIsoDay(text)).toBe(expected);
	});
});
