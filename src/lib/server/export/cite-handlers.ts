// "Cite this" as JSON for the pages' cite boxes: /cite/pledges/[id].json and
// /cite/institutions/[slug].json answer {permalink, accessed, text: {id, en}, bibtex, csl}.
import { citeAll, institutionCitable, pledgeCitable, type CiteLang } from '$lib/citation';
import { emptyPledgeFilters } from '$lib/filters/pledge-filters';
import { parseRowId } from '$lib/filters/url-params';
import type { Db } from '../db/connect';
import { findPledgeById } from '../db/queries/export-pledges';
import { findInstitutionBySlug } from '../db/queries/institution-profile';
import { jsonWithCaching } from './caching';
import { errorResponse } from './errors';

export interface CiteRequest {
	request: Request;
	url: URL;
	now: Date;
	/** The page language, used when ?lang= is absent. */
	lang: CiteLang;
}

function langOf(r: CiteRequest): CiteLang {
	const asked = r.url.searchParams.get('lang');
	return asked === 'id' || asked === 'en' ? asked : r.lang;
}

export async function citePledge(db: Db, idText: string, r: CiteRequest): Promise<Response> {
	const id = parseRowId(idText);
	const row = id === undefined ? null : await findPledgeById(db, emptyPledgeFilters(), id);
	if (!row) return errorResponse(404, 'not_found', `No public statement has id ${idText.slice(0, 20)}.`);
	const c = pledgeCitable({ id: row.id, kind: row.kind, category: row.category, actorName: row.actorName, statedOn: row.statedOn }, r.url.origin);
	return jsonWithCaching(r.request, JSON.stringify(citeAll(c, r.now.toISOString().slice(0, 10), langOf(r))));
}

export async function citeInstitution(db: Db, slug: string, r: CiteRequest): Promise<Response> {
	const found = await findInstitutionBySlug(db, slug);
	if (!found) return errorResponse(404, 'not_found', `No institution has the slug "${slug.slice(0, 120)}".`);
	if ('redirect' in found) return new Response(null, { status: 301, headers: { location: `/cite/institutions/${found.redirect}.json${r.url.search}` } });
	const c = institutionCitable({ slug: found.found.slug, name: found.found.name }, r.url.origin);
	return jsonWithCaching(r.request, JSON.stringify(citeAll(c, r.now.toISOString().slice(0, 10), langOf(r))));
}
