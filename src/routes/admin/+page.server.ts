import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db/instance';
import { countReviewQueue } from '$lib/server/db/queries/review';
import { listProblemReports } from '$lib/server/db/queries/problem-reports';
import { countQueuedSuggestions } from '$lib/server/db/queries/followup-queue';
import { requirePageRole } from '$lib/server/auth/guards';

export const load: PageServerLoad = async ({ locals, url }) => {
	requirePageRole(locals, url, 'editor');
	const db = getDb();
	const [pending, reports, suggestions] = await Promise.all([
		countReviewQueue(db),
		listProblemReports(db, 'open', 100),
		countQueuedSuggestions(db)
	]);
	return { pending, openReports: reports.length, suggestions };
};
