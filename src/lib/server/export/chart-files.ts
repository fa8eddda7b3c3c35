// /charts/[name].svg|png: a dashboard chart as a standalone file for the view its query names.
// Each chart reads the same queries as the page that shows it (overview, profile, /pledges), so
// the file and the page agree; the frame says which view it is, in words and as a link.
import { renderStandaloneChart, type ChartBody, type StandaloneChart } from '$lib/charts/export/standalone-svg';
import { CATEGORIES, PLEDGE_STATUSES, STRENGTHS } from '$lib/domain/vocabulary';
import { emptyPledgeFilters, parsePledgeFilters, pledgeFiltersToParams, pledgesHref, type PledgeFilters } from '$lib/filters/pledge-filters';
import { toQuery } from '$lib/filters/url-params';
import { formatDate } from '$lib/format/date';
import { formatNumber } from '$lib/format/number';
import { messagesFor } from '$lib/i18n';
import { describePledgeFilters } from '$lib/i18n/describe-filters';
import type { UiLang } from '$lib/i18n/lang';
import type { Db } from '../db/connect';
import { listProvinces } from '../db/queries/dashboard-institutions';
import { getProvinceTotals } from '../db/queries/dashboard-overview';
import { findInstitutionBySlug, getPledgeTallies } from '../db/queries/institution-profile';
import { readEmbedFilters, totalsByCategory } from './embed-data';
import { isRollupView, loadTimelineView } from './timeline-view';

export const CHART_NAMES = ['timeline', 'categories', 'strength', 'status', 'provinces'] as const;
export type ChartName = (typeof CHART_NAMES)[number];

export interface ChartFileRequest {
	name: ChartName;
	params: URLSearchParams;
	lang: UiLang;
	origin: string;
	/** 'YYYY-MM-DD', the download date printed on the file. */
	today: string;
}

export type ChartFileResult = { chart: StandaloneChart; filename: string } | { missing: string } | { redirect: string };

/** The page a timeline's filters come from: the overview, a profile, or a /pledges selection. */
export function timelinePagePath(f: PledgeFilters): string {
	if (isRollupView(f) && f.kind[0] === 'pledge') {
		if (!f.institution && !f.from && !f.to) return '/';
		if (f.institution) {
			const range = new URLSearchParams();
			if (f.from) range.set('from', f.from);
			if (f.to) range.set('to', f.to);
			return `/institutions/${f.institution}${toQuery(range)}`;
		}
	}
	return pledgesHref({ ...f, sort: 'newest' });
}

/** The chart file's own address for a timeline of these filters (used by the share panel). */
export function timelineFileQuery(f: PledgeFilters): string {
	return toQuery(pledgeFiltersToParams({ ...f, sort: 'newest' }));
}

export async function buildChartFile(db: Db, r: ChartFileRequest): Promise<ChartFileResult> {
	const t = messagesFor(r.lang);
	const n = (v: number) => formatNumber(v, r.lang);
	const frameFor = (title: string, filters: string, summary: string, path: string) => ({
		lang: r.lang,
		title,
		filters,
		summary,
		source: t.share.source(`${r.origin}${path}`),
		licence: t.share.licence(formatDate(r.today, r.lang)),
		categoryLabels: t.categories
	});
	const stamp = r.today;

	if (r.name === 'timeline') {
		const f = parsePledgeFilters(r.params);
		const result = await loadTimelineView(db, f);
		if (!('view' in result)) return result;
		const { counts, months, institution } = result.view;
		const provinces = f.province.length ? new Map((await listProvinces(db)).map((p) => [p.code, p.name])) : new Map<string, string>();
		const kindKey = f.kind.length === 1 ? f.kind[0] : 'all';
		const title = t.share.timelineTitle[kindKey] + (institution ? ` — ${institution.name}` : '');
		const filters = describePledgeFilters({ ...f, institution: null }, t, r.lang, { provinces });
		const total = counts.reduce((a, c) => a + c.count, 0);
		const body: ChartBody = { type: 'timeline', counts, months };
		const chart = renderStandaloneChart(frameFor(title, institution ? `${t.search.institutionFilter}: ${institution.name} · ${filters}` : filters, t.share.total(n(total), n(months.length)), timelinePagePath(f)), body);
		return { chart, filename: `pledgewatch-timeline${institution ? `-${institution.slug}` : ''}-${stamp}` };
	}

	if (r.name === 'provinces') {
		const totals = await getProvinceTotals(db);
		const ranked = [...totals].sort((a, b) => b.pledges - a.pledges || a.name.localeCompare(b.name));
		const summary = t.overview.provincesSummary(n(ranked.filter((p) => p.pledges > 0).length), ranked[0]?.pledges ? `${ranked[0].name} (${n(ranked[0].pledges)})` : t.common.none);
		const body: ChartBody = { type: 'tiles', provinces: totals.map((p) => ({ code: p.code, name: p.name, value: p.pledges })), legend: { low: t.share.fewer, high: t.share.more } };
		return { chart: renderStandaloneChart(frameFor(t.overview.provincesTitle, t.share.noFilters, summary, '/'), body), filename: `pledgewatch-provinces-${stamp}` };
	}

	if (r.name === 'categories') {
		// Totals by category of the view's dated statements: a profile's breakdown (institution and
		// kind=pledge), or any filtered view an embed shows. Without a kind: pledges, as the embeds.
		const f = readEmbedFilters(r.params);
		const result = await loadTimelineView(db, f);
		if (!('view' in result)) return result;
		const { counts, institution } = result.view;
		const totals = totalsByCategory(counts);
		const items = CATEGORIES.map((c) => ({ label: t.categories[c], category: c, value: totals[c] }));
		const provinces = f.province.length ? new Map((await listProvinces(db)).map((p) => [p.code, p.name])) : new Map<string, string>();
		const filters = describePledgeFilters(f, t, r.lang, { institution: institution?.name, provinces });
		const summary = t.share.totalBars(items.map((i) => `${i.label} ${n(i.value)}`).join(', '));
		const title = `${t.profile.breakdownTitle}${institution ? ` — ${institution.name}` : ''}`;
		const chart = renderStandaloneChart(frameFor(title, filters, summary, institution && isRollupView(f) && !f.from && !f.to ? `/institutions/${institution.slug}` : timelinePagePath(f)), { type: 'bars', items });
		return { chart, filename: `pledgewatch-categories${institution ? `-${institution.slug}` : ''}-${stamp}` };
	}

	// The profile's strength and status tallies of its pledges.
	const slug = r.params.get('institution') ?? '';
	if (!/^[a-z0-9-]{1,120}$/.test(slug)) return { missing: slug.slice(0, 120) || '(none)' };
	const found = await findInstitutionBySlug(db, slug);
	if (!found) return { missing: slug };
	if ('redirect' in found) return { redirect: found.redirect };
	const inst = found.found;
	const tallies = await getPledgeTallies(db, inst.id);
	const items =
		r.name === 'strength'
			? STRENGTHS.map((s) => ({ label: t.strengths[s], value: tallies.strength[s] }))
			: PLEDGE_STATUSES.map((s) => ({ label: t.statuses[s], value: tallies.status[s] }));
	const heading = r.name === 'strength' ? t.profile.strengthTitle : t.profile.statusTitle;
	const filters = describePledgeFilters({ ...emptyPledgeFilters(), institution: inst.slug, kind: ['pledge'] }, t, r.lang, { institution: inst.name });
	const summary = t.share.totalBars(items.map((i) => `${i.label} ${n(i.value)}`).join(', '));
	const chart = renderStandaloneChart(frameFor(`${heading} — ${inst.name}`, filters, summary, `/institutions/${inst.slug}`), { type: 'bars', items });
	return { chart, filename: `pledgewatch-${r.name}-${inst.slug}-${stamp}` };
}
