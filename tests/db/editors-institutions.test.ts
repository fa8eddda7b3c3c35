// Institution merges, renames and details, on every engine.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/lib/server/db/connect';
import { listNameHistory, resolveSlugRedirect } from '../../src/lib/server/db/queries/institutions-admin';
import { mergeInstitution, renameInstitution, setInstitutionDetails } from '../../src/lib/server/editorial/institutions';
import { engines } from './engines';
import { auditActions, rollupCount, seedEditorsFixture, type Seeded } from './editors-fixtures';

describe.each(engines)('institution maintenance on $name', (engine) => {
	let db: Db;
	let drop: () => Promise<void>;
	let s: Seeded;

	beforeAll(async () => {
		const opened = await engine.open();
		db = opened.handle.db;
		drop = opened.drop;
		s = await seedEditorsFixture(db);
		const person = await db.insertInto('people').values({ slug: 'budi-santosa', name: 'Budi Santosa', name_normalized: 'budi santosa' }).returning('id').executeTakeFirstOrThrow();
		// The same role on both records (would collide after a naive move) and one only on the duplicate.
		await db
			.insertInto('roles')
			.values([
				{ person_id: person.id, institution_id: s.dprd, title: 'Ketua' },
				{ person_id: person.id, institution_id: s.dprdDuplicate, title: 'Ketua' },
				{ person_id: person.id, institution_id: s.dprdDuplicate, title: 'Anggota' }
			])
			.execute();
		await db.insertInto('mentions').values({ article_id: s.article, kind: 'institution', text: 'DPRD Kalteng', start: 0, end: 5, institution_id: s.dprdDuplicate }).execute();
		await db.updateTable('institutions').set({ parent_id: s.dprdDuplicate }).where('id', '=', s.dinas).execute();
	});
	afterAll(() => drop());

	it('merges a duplicate: statements, aliases, roles, mentions and children move, the old slug redirects', async () => {
		expect(await rollupCount(db, s.dprdDuplicate)).toBe(2);
		const counts = await mergeInstitution(db, s.editorId, 'dprd-kalteng', 'dprd-provinsi-kalimantan-tengah', 'Same legislature');
		expect(counts).toMatchObject({ statements: 2, aliases: 2, roles: 1, mentions: 1, children: 1 });
		const actors = await db.selectFrom('statements').select('actor_institution_id').where('id', 'in', [s.oversight, s.budget]).execute();
		expect(actors.every((a) => a.actor_institution_id === s.dprd)).toBe(true);
		expect(await rollupCount(db, s.dprd)).toBe(2);
		expect(await rollupCount(db, s.dprdDuplicate)).toBe(0);
		const aliases = await db.selectFrom('institution_aliases').select(['alias_normalized', 'institution_id']).orderBy('alias_normalized').execute();
		expect(aliases.filter((a) => a.institution_id === s.dprd).map((a) => a.alias_normalized)).toEqual([
			'dewan kalteng',
			'dprd kalteng',
			'dprd provinsi kalimantan tengah'
		]);
		const roles = await db.selectFrom('roles').select(['institution_id', 'title']).orderBy('title').execute();
		expect(roles).toEqual([
			{ institution_id: s.dprd, title: 'Anggota' },
			{ institution_id: s.dprd, title: 'Ketua' }
		]);
		const dinas = await db.selectFrom('institutions').select('parent_id').where('id', '=', s.dinas).executeTakeFirstOrThrow();
		expect(dinas.parent_id).toBe(s.dprd);
		expect(await resolveSlugRedirect(db, 'dprd-kalteng')).toBe('dprd-provinsi-kalimantan-tengah');
		expect(await resolveSlugRedirect(db, 'dprd-provinsi-kalimantan-tengah')).toBeNull();
		expect(await auditActions(db)).toContain('institution.merge');
	});

	it('refuses to merge a merged record again or into itself', async () => {
		await expect(mergeInstitution(db, s.editorId, 'dprd-kalteng', 'dinas-sosial-kalteng', 'x')).rejects.toThrow(/or it was merged/);
		await expect(mergeInstitution(db, s.editorId, 'dinas-sosial-kalteng', 'dinas-sosial-kalteng', 'x')).rejects.toThrow(/into itself/);
	});

	it('renames with history; a new slug leaves the old one (and the merged one) redirecting', async () => {
		await renameInstitution(db, s.editorId, 'dprd-provinsi-kalimantan-tengah', {
			newName: 'DPRD Provinsi Kalteng (renamed)',
			newSlug: 'dprd-kalteng-baru',
			effectiveOn: '2026-01-01',
			reason: 'Reorganization'
		});
		const history = await listNameHistory(db, s.dprd);
		expect(history).toMatchObject([{ oldName: 'DPRD Provinsi Kalimantan Tengah', newName: 'DPRD Provinsi Kalteng (renamed)', effectiveOn: '2026-01-01', reason: 'Reorganization' }]);
		expect(await resolveSlugRedirect(db, 'dprd-provinsi-kalimantan-tengah')).toBe('dprd-kalteng-baru');
		expect(await resolveSlugRedirect(db, 'dprd-kalteng')).toBe('dprd-kalteng-baru');
		await expect(
			renameInstitution(db, s.editorId, 'dinas-sosial-kalteng', { newName: 'Dinas', newSlug: 'dprd-kalteng-baru', effectiveOn: null, reason: 'x' })
		).rejects.toThrow(/is taken/);
	});

	it('sets kind, level, region and parent, refusing cycles and unknown regions', async () => {
		await setInstitutionDetails(db, s.editorId, 'dprd-kalteng-baru', { kind: 'legislature', level: 'province', regionCode: '62', parentSlug: null }, null);
		await expect(
			setInstitutionDetails(db, s.editorId, 'dprd-kalteng-baru', { kind: 'legislature', level: 'province', regionCode: '62', parentSlug: 'dinas-sosial-kalteng' }, null)
		).rejects.toThrow(/own parent/);
		await expect(
			setInstitutionDetails(db, s.editorId, 'dinas-sosial-kalteng', { kind: 'agency', level: 'province', regionCode: '99.99', parentSlug: null }, null)
		).rejects.toThrow(/No region/);
		await setInstitutionDetails(db, s.editorId, 'dinas-sosial-kalteng', { kind: 'executive', level: 'regency', regionCode: '62.01', parentSlug: null }, 'Regency office');
		const row = await db.selectFrom('institutions').select(['kind', 'level', 'region_code', 'parent_id']).where('id', '=', s.dinas).executeTakeFirstOrThrow();
		expect(row).toEqual({ kind: 'executive', level: 'regency', region_code: '62.01', parent_id: null });
	});
});
