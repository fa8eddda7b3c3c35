// The statement read model is the one definition of a public statement: on both engines, the /data
// dictionary, the CSV header (COPY on PostgreSQL, the paged writer on PGlite), the JSON, NDJSON and
// API keys, the OpenAPI and Frictionless schemas all list exactly its fields, in its order; every
// value sent has the field's declared type, vocabulary and nullability; and a card carries the
// same values as the export row of the same statement.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { camelCase, STATEMENT_FIELD_NAMES, STATEMENT_FIELDS, type StatementFieldName } from '../../src/lib/domain/public-statement';
import type { Db } from '../../src/lib/server/db/connect';
import { findPledgesAfter } from '../../src/lib/server/db/queries/export-pledges';
import { findStatementCards } from '../../src/lib/server/db/queries/statement-cards';
import { emptyPledgeFilters } from '../../src/lib/filters/pledge-filters';
import { apiPledge } from '../../src/lib/server/export/api';
import { dataPackage } from '../../src/lib/server/export/datapackage';
import { dataDictionary } from '../../src/lib/server/export/dictionary';
import type { ExportFormat } from '../../src/lib/server/export/formats';
import { exportPledges } from '../../src/lib/server/export/handlers';
import { openApiDocument } from '../../src/lib/server/export/openapi';
import type { JsonPage } from '../../src/lib/server/export/respond';
import { engines } from './engines';
import { insertExportFixture, type ExportFixture } from './export-fixture';

const ORIGIN = 'https://pledgewatch.test';
const NOW = new Date('2026-11-28T10:00:00Z');
const FIELDS: readonly string[] = STATEMENT_FIELD_NAMES;

function req(path: string, format: ExportFormat) {
	const url = new URL(path, ORIGIN);
	return { request: new Request(url), url, format, now: NOW };
}

/** True when `value` is what the field declares: its JSON type, its vocabulary, null only if nullable. */
function conforms(name: StatementFieldName, value: unknown): boolean {
	const spec: { type: string; values?: readonly string[]; nullable?: true } = STATEMENT_FIELDS[name];
	if (value === null) return spec.nullable === true;
	if (spec.values && !spec.values.includes(value as string)) return false;
	switch (spec.type) {
		case 'integer':
			return Number.isInteger(value);
		case 'number':
			return typeof value === 'number';
		case 'boolean':
			return typeof value === 'boolean';
		case 'date':
			return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
		default:
			return typeof value === 'string';
	}
}

describe.each(engines)('the statement read model on $name', (engine) => {
	let db: Db;
	let fx: ExportFixture;
	let drop: () => Promise<void>;

	beforeAll(async () => {
		const opened = await engine.open();
		db = opened.handle.db;
		drop = opened.drop;
		fx = await insertExportFixture(db);
	});
	afterAll(() => drop());

	it('is what the dictionary (/data), the OpenAPI schema and the data package describe, in both languages', () => {
		for (const lang of ['id', 'en'] as const) {
			const pledges = dataDictionary(lang).find((d) => d.name === 'pledges');
			expect(pledges?.columns.map((c) => c.name)).toEqual(FIELDS);
			for (const c of pledges!.columns) expect(c.description, c.name).toBe(STATEMENT_FIELDS[c.name as StatementFieldName].description[lang]);
		}
		const openapi = openApiDocument(ORIGIN) as { components: { schemas: { Pledge: { properties: object; required: string[] } } } };
		expect(Object.keys(openapi.components.schemas.Pledge.properties)).toEqual(FIELDS);
		expect(openapi.components.schemas.Pledge.required).toEqual(FIELDS);
		const pkg = dataPackage(ORIGIN, NOW) as { resources: { name: string; schema: { fields: { name: string }[] } }[] };
		expect(pkg.resources.find((r) => r.name === 'pledges')?.schema.fields.map((f) => f.name)).toEqual(FIELDS);
	});

	it('is the CSV header, the JSON, NDJSON and API keys, with every value of its declared type', async () => {
		const csv = await (await exportPledges(db, req('/pledges.csv', 'csv'))).text();
		expect(csv.split('\r\n')[0]).toBe(FIELDS.join(','));

		const json = (await (await exportPledges(db, req('/pledges.json?limit=1000', 'json'))).json()) as JsonPage;
		const ndjson = (await (await exportPledges(db, req('/pledges.ndjson', 'ndjson'))).text())
			.split('\n')
			.filter(Boolean)
			.map((line) => JSON.parse(line) as Record<string, unknown>);
		const api = (await (await apiPledge(db, String(fx.statements.hostile), { request: new Request(ORIGIN), url: new URL(ORIGIN), now: NOW })).json()) as { data: Record<string, unknown> };
		const rows = [...(json.rows as Record<string, unknown>[]), ...ndjson, api.data];
		expect(json.rows.length).toBeGreaterThan(5);
		for (const row of rows) {
			expect(Object.keys(row)).toEqual(FIELDS);
			for (const name of STATEMENT_FIELD_NAMES) expect(conforms(name, row[name]), `${name} = ${JSON.stringify(row[name])}`).toBe(true);
		}
	});

	it('gives a card the same values as the export row of its statement', async () => {
		const rows = await findPledgesAfter(db, emptyPledgeFilters(), null, 1000);
		const cards = await findStatementCards(db, { ids: rows.map((r) => r.id) });
		expect(cards.map((c) => c.id)).toEqual(rows.map((r) => r.id));
		for (const [i, card] of cards.entries()) {
			const row = rows[i] as unknown as Record<string, unknown>;
			expect(card.actor?.slug ?? null).toBe(row.actorSlug);
			expect(card.target?.name ?? null).toBe(row.targetName);
			for (const [key, value] of Object.entries(card)) {
				if (key === 'actor' || key === 'target' || key === 'also') continue;
				expect(FIELDS.map((f) => camelCase(f))).toContain(key);
				expect(value, `${card.id}.${key}`).toEqual(row[key]);
			}
		}
	});
});
