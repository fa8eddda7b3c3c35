// The write side of people and their roles.
import type { Db } from '../connect';

/** A person known by normalized name and holding a role at the institution. */
export async function findPersonAtInstitution(db: Db, nameNormalized: string, institutionId: number | null): Promise<number | null> {
	let query = db.selectFrom('people as p').select('p.id').where('p.name_normalized', '=', nameNormalized);
	if (institutionId !== null) {
		query = query.where((eb) => eb.exists(eb.selectFrom('roles as r').select('r.id').whereRef('r.person_id', '=', 'p.id').where('r.institution_id', '=', institutionId)));
	} else {
		query = query.where((eb) => eb.not(eb.exists(eb.selectFrom('roles as r').select('r.id').whereRef('r.person_id', '=', 'p.id'))));
	}
	const row = await query.orderBy('p.id').executeTakeFirst();
	return row?.id ?? null;
}

/** Creates a person, choosing a free slug (`budi-santoso`, `budi-santoso-2`, …). */
export async function createPerson(db: Db, person: { name: string; nameNormalized: string; slugBase: string; isDemo: boolean }): Promise<number> {
	for (let n = 1; n < 1000; n++) {
		const slug = n === 1 ? person.slugBase : `${person.slugBase}-${n}`;
		const inserted = await db
			.insertInto('people')
			.values({ slug, name: person.name, name_normalized: person.nameNormalized, is_demo: person.isDemo })
			.onConflict((oc) => oc.column('slug').doNothing())
			.returning('id')
			.executeTakeFirst();
		if (inserted) return inserted.id;
	}
	throw new Error(`no free slug for person "${person.name}"`);
}

export interface RoleSighting {
	personId: number;
	institutionId: number;
	title: string;
	seenOn: string | null;
}

/** Records roles, widening first/last seen to cover the new sightings. */
export async function upsertRoles(db: Db, sightings: RoleSighting[]): Promise<void> {
	// One row per role: Postgres refuses to update the same row twice in one statement.
	const merged = new Map<string, { personId: number; institutionId: number; title: string; first: string | null; last: string | null }>();
	for (const s of sightings) {
		const key = `${s.personId}|${s.institutionId}|${s.title}`;
		const row = merged.get(key);
		if (!row) merged.set(key, { personId: s.personId, institutionId: s.institutionId, title: s.title, first: s.seenOn, last: s.seenOn });
		else if (s.seenOn) {
			if (!row.first || s.seenOn < row.first) row.first = s.seenOn;
			if (!row.last || s.seenOn > row.last) row.last = s.seenOn;
		}
	}
	if (merged.size === 0) return;
	await db
		.insertInto('roles')
		.values([...merged.values()].map((r) => ({ person_id: r.personId, institution_id: r.institutionId, title: r.title, first_seen: r.first, last_seen: r.last })))
		.onConflict((oc) =>
			oc.columns(['person_id', 'institution_id', 'title']).doUpdateSet((eb) => ({
				first_seen: eb.fn('least', [eb.ref('roles.first_seen'), eb.ref('excluded.first_seen')]),
				last_seen: eb.fn('greatest', [eb.ref('roles.last_seen'), eb.ref('excluded.last_seen')])
			}))
		)
		.execute();
}
