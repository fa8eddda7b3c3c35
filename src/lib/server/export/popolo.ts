// Popolo JSON (https://www.popoloproject.com/specs/): organizations (institutions), persons and
// memberships (roles), with areas for regions. Ids are URLs on this site so they stay citable.
import type { PopoloSource } from '../db/queries/export-popolo';

export interface PopoloDocument {
	meta: { license: string; source: string; generated: string };
	organizations: Record<string, unknown>[];
	persons: Record<string, unknown>[];
	memberships: Record<string, unknown>[];
	areas: Record<string, unknown>[];
}

export function toPopolo(src: PopoloSource, origin: string, now: Date): PopoloDocument {
	const orgId = (id: number) => `${origin}/data/popolo.json#organization-${id}`;
	const slugs = new Map(src.organizations.map((o) => [o.id, o.slug]));
	return {
		meta: { license: 'https://creativecommons.org/licenses/by/4.0/', source: `${origin}/data`, generated: now.toISOString() },
		organizations: src.organizations.map((o) => ({
			id: orgId(o.id),
			name: o.name,
			classification: o.kind,
			identifiers: [{ scheme: 'pledgewatch', identifier: o.slug }],
			other_names: o.aliases.map((name) => ({ name })),
			parent_id: o.parentId !== null && slugs.has(o.parentId) ? orgId(o.parentId) : null,
			area_id: o.regionCode ? `area-${o.regionCode}` : null,
			level: o.level,
			links: [{ url: `${origin}/institutions/${o.slug}`, note: 'Pledgewatch profile' }]
		})),
		persons: src.people.map((p) => ({
			id: `${origin}/data/popolo.json#person-${p.id}`,
			name: p.name,
			identifiers: [{ scheme: 'pledgewatch', identifier: p.slug }]
		})),
		memberships: src.roles
			.filter((r) => slugs.has(r.institutionId))
			.map((r) => ({
				id: `${origin}/data/popolo.json#membership-${r.id}`,
				person_id: `${origin}/data/popolo.json#person-${r.personId}`,
				organization_id: orgId(r.institutionId),
				role: r.title,
				// First and last time a source named the person in this role: not a term of office.
				first_seen: r.firstSeen,
				last_seen: r.lastSeen
			})),
		areas: src.areas.map((a) => ({
			id: `area-${a.code}`,
			name: a.name,
			classification: a.level,
			identifier: a.code,
			parent_id: a.provinceCode ? `area-${a.provinceCode}` : null
		}))
	};
}
