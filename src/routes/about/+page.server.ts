import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db/instance';
import { getOverviewCounts } from '$lib/server/db/queries/overview';

export const load: PageServerLoad = async () => ({ counts: await getOverviewCounts(getDb()) });
