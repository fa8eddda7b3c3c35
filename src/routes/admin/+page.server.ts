import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db/instance';
import { countReviewQueue } from '$lib/server/db/queries/review';
import { listProblemReports } from '$lib/server/db/queries/problem-reports';
import { listSuggestedUpdates } from '$lib/server/db/queries/pledge-updates';
import { requirePageRole } from '$lib/server/auth/guards';

export const load: PageServerLoad = async ({ locals, url }) => {
	requirePageRole(locals, url, 'editor');
	const db = getDb();
	const [pending, reports, suggestions] = await Promise.all([
		countReviewQueue(db),
		listProblemReports(db, 'open', 100),
		listSuggestedUpdates(db, 100)
	]);
	return { pending, openReports: reports.length, suggestions: suggestions.length };
};
