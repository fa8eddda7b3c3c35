import type { PageServerLoad } from './$types';
import { readRowId } from '$lib/filters/url-params';
import { getReadDb } from '$lib/server/db/public-reads';
import { listCorrections } from '$lib/server/db/queries/corrections';

const PAGE = 100;

export const load: PageServerLoad = async ({ url, locals }) => {
	const corrections = await listCorrections(getReadDb(locals), { limit: PAGE, beforeId: readRowId(url.searchParams, 'before') });
	const show = (v: unknown) => (v === null || v === undefined ? '—' : typeof v === 'object' ? JSON.stringify(v) : String(v));
	return {
		corrections: corrections.map((c) => {
			const keys = [...new Set([...Object.keys(c.before ?? {}), ...Object.keys(c.after ?? {})])];
			return {
				id: c.id,
				date: c.at.toISOString().slice(0, 10),
				action: c.action,
				entity: c.entity,
				entityId: c.entityId,
				subject: c.subject,
				reason: c.reason,
				changes: keys.map((k) => ({ field: k, before: show(c.before?.[k]), after: show(c.after?.[k]) }))
			};
		}),
		next: corrections.length === PAGE ? corrections[corrections.length - 1].id : null
	};
};
