// Maps an extraction, with its names resolved to ids, to statement and mention rows.
import type { Insertable } from 'kysely';
import type { Extraction, InstitutionRef } from '$lib/domain/statement';
import type { MentionTable, NewStatementRow } from '../db/schema';
import type { RoleSighting } from '../db/queries/people-write';

export interface ResolvedIds {
	institution(ref: InstitutionRef | null): number | null;
	target(name: string | null): number | null;
	person(name: string | null, institutionId: number | null): number | null;
}

export function statementRows(articleId: number, publishedOn: string | null, extraction: Extraction, ids: ResolvedIds): NewStatementRow[] {
	const rows: NewStatementRow[] = [];
	for (const s of extraction.statements) {
		if (!(s.evidence.end > s.evidence.start && s.evidence.start >= 0)) continue;
		const actorId = ids.institution(s.actor);
		const targetId = ids.target(s.target);
		rows.push({
			article_id: articleId,
			kind: s.kind,
			actor_institution_id: actorId,
			speaker_person_id: ids.person(s.speaker.name, actorId),
			speaker_role: s.speaker.canonicalRole ?? s.speaker.role,
			category: s.category,
			target_institution_id: targetId,
			target_text: targetId === null ? s.target : null,
			evidence_text: s.evidence.text,
			evidence_start: s.evidence.start,
			evidence_end: s.evidence.end,
			amount: s.amount?.value ?? null,
			amount_qualifier: s.amount?.qualifier ?? null,
			currency: s.amount?.currency ?? 'IDR',
			strength: s.strength,
			// The rollup counts only dated statements: the article's date stands in for an unstated one.
			stated_on: s.statedOn ?? publishedOn,
			due_on: s.deadline?.dueOn ?? null,
			due_phrase: s.deadline?.phrase.text ?? null,
			due_start: s.deadline?.phrase.start ?? null,
			due_end: s.deadline?.phrase.end ?? null,
			confidence: Math.min(1, Math.max(0, s.confidence.score)),
			signals: JSON.stringify(s.confidence.signals.map((name) => ({ name, weight: 1 }))),
			extractor_version: extraction.extractorVersion
		});
	}
	return rows;
}

export function mentionRows(articleId: number, extraction: Extraction, ids: ResolvedIds): Insertable<MentionTable>[] {
	return extraction.mentions.map((m) => {
		if (m.type === 'institution') {
			return { article_id: articleId, kind: 'institution', text: m.span.text, start: m.span.start, end: m.span.end, institution_id: ids.institution(m.institution), person_id: null };
		}
		const institutionId = ids.institution(m.institution);
		return { article_id: articleId, kind: 'person', text: m.span.text, start: m.span.start, end: m.span.end, institution_id: institutionId, person_id: ids.person(m.name, institutionId) };
	});
}

export function roleSightings(extraction: Extraction, publishedOn: string | null, ids: ResolvedIds): RoleSighting[] {
	const sightings: RoleSighting[] = [];
	const add = (name: string | null, role: string | null, ref: InstitutionRef | null, on: string | null) => {
		const institutionId = ids.institution(ref);
		const personId = ids.person(name, institutionId);
		if (personId !== null && institutionId !== null && role) sightings.push({ personId, institutionId, title: role, seenOn: on });
	};
	for (const s of extraction.statements) add(s.speaker.name, s.speaker.canonicalRole ?? s.speaker.role, s.actor, s.statedOn ?? publishedOn);
	for (const m of extraction.mentions) if (m.type === 'person') add(m.name, m.canonicalRole ?? m.role, m.institution, publishedOn);
	return sightings;
}

/** Every institution an extraction names, for resolving in one go. */
export function institutionRefs(extraction: Extraction): InstitutionRef[] {
	const refs: InstitutionRef[] = [];
	for (const s of extraction.statements) refs.push(s.actor);
	for (const m of extraction.mentions) if (m.institution) refs.push(m.institution);
	return refs;
}
