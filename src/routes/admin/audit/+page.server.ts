import type { PageServerLoad } from './$types';
import { readRowId } from '$lib/filters/url-params';
import { getDb } from '$lib/server/db/instance';
import { listAuditEntries } from '$lib/server/db/queries/audit';
import { requirePageRole } from '$lib/server/auth/guards';

const PAGE = 100;

export const load: PageServerLoad = async ({ locals, url }) => {
	requirePageRole(locals, url, 'admin');
	const entries = await listAuditEntries(getDb(), { limit: PAGE, beforeId: readRowId(url.searchParams, 'before') });
	return {
		entries: entries.map((e) => ({
			...e,
			before: e.before === null ? null : JSON.stringify(e.before, null, 1),
			after: e.after === null ? null : JSON.stringify(e.after, null, 1)
		})),
		next: entries.length === PAGE ? entries[entries.length - 1].id : null
	};
};
