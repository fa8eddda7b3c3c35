import type { PageServerLoad } from './$types';
import { getReadDb } from '$lib/server/db/public-reads';
import { getOverviewCounts } from '$lib/server/db/queries/overview';

export const load: PageServerLoad = async ({ locals }) => ({ counts: await getOverviewCounts(getReadDb(locals)) });
