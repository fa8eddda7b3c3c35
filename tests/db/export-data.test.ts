// The bulk download on both engines: every CSV of the data package matches its Table Schema
// (header = fields in order, values of the declared type and vocabulary), and Popolo JSON links
// persons, organizations and memberships consistently, without merged records.
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/lib/server/db/connect';
import { BULK_NAMES } from '../../src/lib/server/export/datapackage';
import { dataDictionary } from '../../src/lib/server/export/dictionary';
import { exportBulkCsv, serveDataPackage, servePopolo } from '../../src/lib/server/export/handlers';
import type { PopoloDocument } from '../../src/lib/server/export/popolo';
import { engines } from './engines';
import { insertExportFixture } from './export-fixture';

const ORIGIN = 'https://pledgewatch.test';
const NOW = new Date('2026-11-28T09:30:00Z');
const req = (path: string) => ({ request: new Request(new URL(path, ORIGIN)), url: new URL(path, ORIGIN), now: NOW });

interface Field {
	name: string;
	type: string;
	constraints?: { enum: string[] };
}

function valid(value: string, field: Field): boolean {
	if (value === '') return true; // missingValues: ['']
	if (field.constraints && !field.constraints.enum.includes(value)) return false;
	switch (field.type) {
		case 'integer':
			return /^-?\d+$/.test(value);
		case 'number':
			return !Number.isNaN(Number(value));
		case 'date':
			return /^\d{4}-\d{2}-\d{2}$/.test(value);
		case 'boolean':
			return value === 'true' || value === 'false';
		default:
			return true;
	}
}

describe.each(engines)('bulk download on $name', (engine) => {
	let db: Db;
	let drop: () => Promise<void>;

	beforeAll(async () => {
		const opened = await engine.open();
		db = opened.handle.db;
		drop = opened.drop;
		const fx = await insertExportFixture(db);
		await db.insertInto('institution_aliases').values({ alias: 'Dewan Contoh', alias_normalized: 'dewan contoh', institution_id: fx.legislature }).execute();
		const person = await db.selectFrom('people').select('id').executeTakeFirstOrThrow();
		await db.insertInto('roles').values({ person_id: person.id, institution_id: fx.legislature, title: 'Ketua Dewan', first_seen: '2025-03-10', last_seen: '2025-03-10' }).execute();
	});
	afterAll(() => drop());

	it('describes a tabular data package under CC BY 4.0', async () => {
		const res = serveDataPackage(req('/data/datapackage.json'));
		const pkg = (await res.json()) as { profile: string; licenses: { name: string }[]; resources: { name: string; path: string }[] };
		expect(pkg.profile).toBe('tabular-data-package');
		expect(pkg.licenses[0].name).toBe('CC-BY-4.0');
		expect(pkg.resources.map((r) => r.path)).toEqual(BULK_NAMES.map((n) => `${n}.csv`));
	});

	it.each(BULK_NAMES)('%s.csv matches its table schema', async (name) => {
		const pkg = (await serveDataPackage(req('/data/datapackage.json')).json()) as { resources: { name: string; schema: { fields: Field[] } }[] };
		const fields = pkg.resources.find((r) => r.name === name)!.schema.fields;
		const res = await exportBulkCsv(db, name, req(`/data/${name}.csv?category=budget`));
		expect(res.headers.get('content-disposition')).toBe(`attachment; filename="pledgewatch-${name}-2026-11-28.csv"`);
		const [header, ...rows] = parse(await res.text()) as string[][];
		expect(header).toEqual(fields.map((f) => f.name));
		expect(rows.length).toBeGreaterThan(1); // the filter in the URL is ignored: the bulk CSV is everything
		for (const row of rows) {
			row.forEach((cell, i) => {
				// Neutralized text cells start with an apostrophe; that is still a string.
				expect(valid(cell, fields[i]), `${name}.${fields[i].name} = ${JSON.stringify(cell)}`).toBe(true);
			});
		}
	});

	it('writes institutions, people and roles as Popolo', async () => {
		const doc = (await (await servePopolo(db, req('/data/popolo.json'))).json()) as PopoloDocument;
		const orgIds = new Set(doc.organizations.map((o) => o.id));
		const personIds = new Set(doc.persons.map((p) => p.id));
		expect(doc.organizations.map((o) => o.name)).not.toContain('Dewan Contoh (lama)');
		expect(doc.organizations.some((o) => (o.identifiers as { identifier: string }[])[0].identifier === 'dewan-contoh-lama')).toBe(false);
		expect(doc.persons.map((p) => p.name)).toEqual(['Wulan Sari']);
		expect(doc.memberships).toHaveLength(1);
		for (const m of doc.memberships) {
			expect(orgIds.has(m.organization_id as string)).toBe(true);
			expect(personIds.has(m.person_id as string)).toBe(true);
		}
		const dewan = doc.organizations.find((o) => o.name === 'Dewan Perwakilan Contoh')!;
		expect(dewan.other_names).toEqual([{ name: 'Dewan Contoh' }]);
		expect(dewan.area_id).toBe('area-62');
		expect(doc.areas.map((a) => a.id)).toContain('area-62');
		expect(doc.meta.license).toContain('/by/4.0/');
	});

	it('documents every column in both languages', () => {
		for (const lang of ['id', 'en'] as const) {
			for (const d of dataDictionary(lang)) {
				expect(d.title.length).toBeGreaterThan(3);
				for (const c of d.columns) expect(c.description.length, `${lang} ${d.name}.${c.name}`).toBeGreaterThan(5);
			}
		}
		expect(dataDictionary('id')[0].description).not.toBe(dataDictionary('en')[0].description);
	});
});
