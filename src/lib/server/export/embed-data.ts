// Data of the embeddable charts (/embed/timeline, /embed/categories): the whole site or one
// institution, pledges or requests, read from the rollup through the dashboard's own queries.
import type { Category, StatementKind } from '$lib/domain/vocabulary';
import type { Db } from '../db/connect';
import { getMonthlyCategoryCounts, type MonthCategoryCount } from '../db/queries/dashboard-overview';
import { findInstitutionBySlug } from '../db/queries/institution-profile';

export interface EmbedScope {
	kind: StatementKind;
	institution: { id: number; slug: string; name: string } | null;
}

export type EmbedScopeResult = { scope: EmbedScope } | { redirect: string } | { missing: string };

export async function readEmbedScope(db: Db, params: URLSearchParams): Promise<EmbedScopeResult> {
	const kind: StatementKind = params.get('kind') === 'request' ? 'request' : 'pledge';
	const slug = params.get('institution');
	if (!slug) return { scope: { kind, institution: null } };
	if (!/^[a-z0-9-]{1,120}$/.test(slug)) return { missing: slug.slice(0, 120) };
	const found = await findInstitutionBySlug(db, slug);
	if (!found) return { missing: slug };
	if ('redirect' in found) return { redirect: found.redirect };
	return { scope: { kind, institution: { id: found.found.id, slug: found.found.slug, name: found.found.name } } };
}

export function findEmbedCounts(db: Db, scope: EmbedScope): Promise<MonthCategoryCount[]> {
	return getMonthlyCategoryCounts(db, { kind: scope.kind, institutionId: scope.institution?.id });
}

export function totalsByCategory(counts: readonly MonthCategoryCount[]): Record<Category, number> {
	const totals: Record<Category, number> = { budget: 0, oversight: 0, program: 0, regulation: 0, other: 0 };
	for (const c of counts) totals[c.category] += c.count;
	return totals;
}
