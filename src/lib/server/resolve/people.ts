// Maps speakers to people: the same normalized name at the same institution is one person;
// the same name elsewhere is someone else until an editor says otherwise. Cached per run.
import type { Db } from '../db/connect';
import { createPerson, findPersonAtInstitution } from '../db/queries/people-write';
import { normalizePersonName, slugify } from './normalize-names';

export class PersonResolver {
	private cache = new Map<string, number>();

	constructor(
		private readonly db: Db,
		private readonly isDemo: boolean
	) {}

	async resolve(name: string, institutionId: number | null): Promise<number | null> {
		const normalized = normalizePersonName(name);
		// One word is a nickname or a fragment ("Arton"), not enough to identify a person.
		if (normalized.split(' ').length < 2 && normalized.length < 4) return null;
		const key = `${normalized}|${institutionId ?? ''}`;
		const cached = this.cache.get(key);
		if (cached !== undefined) return cached;
		const id =
			(await findPersonAtInstitution(this.db, normalized, institutionId)) ??
			(await createPerson(this.db, { name: name.trim(), nameNormalized: normalized, slugBase: slugify(normalized), isDemo: this.isDemo }));
		this.cache.set(key, id);
		return id;
	}
}
