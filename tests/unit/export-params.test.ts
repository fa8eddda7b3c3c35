// The route matchers carry their own copies of the server's lists (they run in the browser too);
// these checks keep the copies equal.
import { describe, expect, it } from 'vitest';
import { DATA_FORMATS, match as matchFormat } from '../../src/params/dataformat';
import { DATA_TABLES, match as matchTable } from '../../src/params/datatable';
import { EXPORT_FORMATS } from '../../src/lib/server/export/formats';
import { BULK_NAMES } from '../../src/lib/server/export/datapackage';
import { decodeKeyset } from '../../src/lib/server/export/keyset';
import { CHART_ROUTE_NAMES } from '../../src/params/chartname';
import { CHART_NAMES } from '../../src/lib/server/export/chart-files';

describe('route matchers', () => {
	it('match exactly the server lists', () => {
		expect([...DATA_FORMATS]).toEqual([...EXPORT_FORMATS]);
		expect([...DATA_TABLES]).toEqual([...BULK_NAMES]);
		expect([...CHART_ROUTE_NAMES]).toEqual([...CHART_NAMES]);
	});

	it.each([
		['csv', true],
		['ndjson', true],
		['CSV', false],
		['xlsx', false],
		['', false]
	])('format %j → %s', (param, expected) => {
		expect(matchFormat(param)).toBe(expected);
	});

	it('matches only the bulk tables', () => {
		expect(matchTable('pledges')).toBe(true);
		expect(matchTable('users')).toBe(false);
	});
});

describe('export cursors', () => {
	it.each([
		[null, null],
		['', null],
		['i1', 1],
		['i2147483647', 2147483647],
		['i2147483648', undefined],
		['i999999999999999', undefined],
		['i-1', undefined],
		['1', undefined],
		['none_1', undefined]
	])('%s → %s', (text, expected) => {
		expect(decodeKeyset(text)).toBe(expected);
	});
});
