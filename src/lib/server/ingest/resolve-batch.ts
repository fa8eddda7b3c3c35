// Resolves every name a batch of extractions mentions (institutions, targets, people) before the
// write transaction, so the transaction itself only inserts rows.
import type { Extraction, InstitutionRef } from '$lib/domain/statement';
import type { InstitutionResolver } from '../resolve/institutions';
import type { PersonResolver } from '../resolve/people';
import { institutionRefs, type ResolvedIds } from './to-rows';

export interface Resolvers {
	institutions: InstitutionResolver;
	people: PersonResolver;
}

export async function resolveExtractions(resolvers: Resolvers, extractions: Extraction[]): Promise<ResolvedIds> {
	await resolvers.institutions.resolveAll(extractions.flatMap(institutionRefs));
	const targetNames = extractions.flatMap((e) => e.statements.map((s) => s.target).filter((t): t is string => !!t));
	const targets = await resolvers.institutions.lookup(targetNames);
	const people = new Map<string, number | null>();
	const wanted: [string, InstitutionRef | null][] = [];
	for (const e of extractions) {
		for (const s of e.statements) if (s.speaker.name) wanted.push([s.speaker.name, s.actor]);
		for (const m of e.mentions) if (m.type === 'person') wanted.push([m.name, m.institution]);
	}
	for (const [name, ref] of wanted) {
		const institutionId = ref ? resolvers.institutions.idOf(ref) : null;
		const key = `${name}|${institutionId}`;
		if (!people.has(key)) people.set(key, await resolvers.people.resolve(name, institutionId));
	}
	return {
		institution: (ref) => (ref ? resolvers.institutions.idOf(ref) : null),
		target: (name) => (name ? (targets.get(name) ?? null) : null),
		person: (name, institutionId) => (name ? (people.get(`${name}|${institutionId}`) ?? null) : null)
	};
}
