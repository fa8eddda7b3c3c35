import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from './unavailable';

const withCode = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('isDatabaseUnavailable', () => {
	it.each([
		{ name: 'connection refused', error: withCode('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432'), expected: true },
		{ name: 'reset', error: withCode('ECONNRESET'), expected: true },
		{ name: 'admin shutdown (57P01)', error: withCode('57P01', 'terminating connection due to administrator command'), expected: true },
		{ name: 'starting up (57P03)', error: withCode('57P03', 'the database system is starting up'), expected: true },
		{ name: 'connection failure (08006)', error: withCode('08006'), expected: true },
		{ name: 'pg: socket closed mid-query', error: new Error('Connection terminated unexpectedly'), expected: true },
		{ name: 'pg: dead client', error: new Error('Client has encountered a connection error and is not queryable'), expected: true },
		{ name: 'pg pool: connect timeout', error: new Error('timeout exceeded when trying to connect'), expected: true },
		{ name: 'PGlite closed', error: new Error('PGlite is closed'), expected: true },
		{ name: 'handle closed (Kysely)', error: new Error('driver has already been destroyed'), expected: true },
		{ name: 'wrapped', error: new Error('query failed', { cause: withCode('ECONNREFUSED') }), expected: true },
		{ name: 'dual-stack connect', error: Object.assign(new AggregateError([withCode('ECONNREFUSED'), withCode('ECONNREFUSED')]), { code: undefined }), expected: true },
		{ name: 'standby: conflict with recovery (40001)', error: withCode('40001', 'canceling statement due to conflict with recovery'), expected: true },
		{ name: 'serialization failure (40001)', error: withCode('40001', 'could not serialize access due to concurrent update'), expected: false },
		{ name: 'invalid byte sequence (22021)', error: withCode('22021', 'invalid byte sequence for encoding "UTF8": 0x00'), expected: false },
		{ name: 'unique violation', error: withCode('23505'), expected: false },
		{ name: 'a bug', error: new TypeError("Cannot read properties of undefined (reading 'id')"), expected: false },
		{ name: 'not an error', error: 'Connection terminated', expected: false },
		{ name: 'nothing', error: undefined, expected: false }
	])('$name → $expected', ({ error, expected }) => {
		expect(isDatabaseUnavailable(error)).toBe(expected);
	});
});
