// Institutions, people and roles for the Popolo export (/data/popolo.json). Merged institutions
// are left out and their roles are credited to the record they were merged into.
import type { InstitutionKind, Level } from '$lib/domain/vocabulary';
import type { Db } from '../connect';

export interface PopoloSource {
	organizations: { id: number; slug: string; name: string; kind: InstitutionKind; level: Level | null; regionCode: string | null; parentId: number | null; aliases: string[] }[];
	people: { id: number; slug: string; name: string }[];
	roles: { id: number; personId: number; institutionId: number; title: string; firstSeen: string | null; lastSeen: string | null }[];
	areas: { code: string; name: string; level: string; provinceCode: string | null }[];
}

export async function findPopoloSource(db: Db): Promise<PopoloSource> {
	const [orgs, aliases, people, roles] = await Promise.all([
		db
			.selectFrom('institutions')
			.select(['id', 'slug', 'name', 'kind', 'level', 'region_code', 'parent_id'])
			.where('merged_into_id', 'is', null)
			.orderBy('id')
			.execute(),
		db
			.selectFrom('institution_aliases as x')
			.innerJoin('institutions as i', 'i.id', 'x.institution_id')
			.select(['x.institution_id', 'x.alias'])
			.where('i.merged_into_id', 'is', null)
			.orderBy('x.alias')
			.execute(),
		db.selectFrom('people').select(['id', 'slug', 'name']).orderBy('id').execute(),
		db
			.selectFrom('roles as r')
			.innerJoin('institutions as i', 'i.id', 'r.institution_id')
			.select(['r.id', 'r.person_id', 'r.title', 'r.first_seen', 'r.last_seen', (eb) => eb.fn.coalesce('i.merged_into_id', 'i.id').as('institution_id')])
			.orderBy('r.id')
			.execute()
	]);
	const codes = [...new Set(orgs.map((o) => o.region_code).filter((c): c is string => c !== null))];
	const areas = codes.length
		? await db.selectFrom('regions').select(['code', 'name', 'level', 'province_code']).where('code', 'in', codes).orderBy('code').execute()
		: [];
	const byOrg = new Map<number, string[]>();
	for (const a of aliases) byOrg.set(a.institution_id, [...(byOrg.get(a.institution_id) ?? []), a.alias]);
	return {
		organizations: orgs.map((o) => ({
			id: o.id,
			slug: o.slug,
			name: o.name,
			kind: o.kind,
			level: o.level,
			regionCode: o.region_code,
			parentId: o.parent_id,
			aliases: byOrg.get(o.id) ?? []
		})),
		people: people.map((p) => ({ id: p.id, slug: p.slug, name: p.name })),
		roles: roles.map((r) => ({ id: r.id, personId: r.person_id, institutionId: r.institution_id, title: r.title, firstSeen: r.first_seen, lastSeen: r.last_seen })),
		areas: areas.map((a) => ({ code: a.code, name: a.name, level: a.level, provinceCode: a.province_code }))
	};
}
