// What "Follow" follows (issue 12, item 5): an institution, a province or any /pledges search,
// written as canonical /pledges filters (the scope a subscription stores), with its two Atom
// feeds — new pledges and status changes. Shared by the Follow control, /follow and the digests.
import { emptyPledgeFilters, parsePledgeFilters, pledgeFiltersToParams, type PledgeFilters } from './pledge-filters';
import { toQuery } from './url-params';

export type FollowKind = 'institution' | 'province' | 'search';

export interface FollowScope {
	kind: FollowKind;
	/** Canonical /pledges filters without kind, sort or paging: 'institution=dprd-…', 'province=62'. */
	scope: string;
	filters: PledgeFilters;
}

/** The filters a follower follows: the view's, pledges only, newest first, no page. */
function canonical(f: PledgeFilters): PledgeFilters {
	return { ...f, kind: [], sort: 'newest' };
}

export function followScopeOf(f: PledgeFilters): FollowScope {
	const c = canonical(f);
	const scope = pledgeFiltersToParams(c).toString();
	const onlyInstitution = scope === pledgeFiltersToParams({ ...emptyPledgeFilters(), institution: c.institution }).toString() && c.institution;
	const onlyProvince = c.province.length === 1 && scope === `province=${c.province[0]}`;
	return { kind: onlyInstitution ? 'institution' : onlyProvince ? 'province' : 'search', scope, filters: c };
}

export function parseFollowScope(scope: string): FollowScope {
	return followScopeOf(parsePledgeFilters(new URLSearchParams(scope.slice(0, 1000))));
}

/** New pledges of the scope: the institution's and province's own feeds, or the search feed. */
export function newPledgesFeed(s: FollowScope): string {
	if (s.kind === 'institution') return `/feeds/institutions/${s.filters.institution}.atom`;
	if (s.kind === 'province') return `/feeds/provinces/${s.filters.province[0]}.atom`;
	return `/feeds/pledges.atom${toQuery(pledgeFiltersToParams(s.filters))}`;
}

export function statusChangesFeed(s: FollowScope): string {
	return `/feeds/status.atom${toQuery(pledgeFiltersToParams(s.filters))}`;
}

/** The /follow page of a scope. */
export function followHref(s: FollowScope): string {
	return `/follow${toQuery(new URLSearchParams({ scope: s.scope }))}`;
}

/** The pledges the scope follows, as a /pledges link. */
export function scopePledgesHref(s: FollowScope): string {
	return `/pledges${toQuery(pledgeFiltersToParams({ ...s.filters, kind: ['pledge'] }))}`;
}
