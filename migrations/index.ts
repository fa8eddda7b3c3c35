// Every migration, in order. Listed explicitly (not read from the folder at run time) so the same
// set runs under tsx scripts, under vitest and inside the bundled production server.
import type { Migration } from 'kysely';
import * as initialSchema from './2026-11-28T1300_initial_schema';
import * as editors from './2026-11-28T1600_editors';
import * as dashboardSearchIndexes from './2026-11-28T1620_dashboard_search_indexes';
import * as ingestFeedSeen from './2026-11-28T1640_ingest_feed_seen_and_fingerprint_bands';
import * as dashboardOrderIndexes from './2026-11-28T1650_dashboard_order_indexes';
import * as rateEventIds from './2026-12-02T1700_rate_event_ids';
import * as ingestRunOwner from './2026-12-02T1800_ingest_run_owner';
import * as statementDeadlines from './2026-12-03T0700_statement_deadlines';
import * as followupSuggestions from './2026-12-04T0900_followup_suggestions';
import * as rateBuckets from './2026-12-04T1100_rate_buckets';
import * as followupSourceMayGo from './2026-12-04T1200_followup_source_may_go';
import * as sources from './2026-12-04T1400_sources';
import * as followSubscriptions from './2026-12-04T1500_follow_subscriptions';

export const migrations: Record<string, Migration> = {
	'2026-11-28T1300_initial_schema': initialSchema,
	'2026-11-28T1600_editors': editors,
	'2026-11-28T1620_dashboard_search_indexes': dashboardSearchIndexes,
	'2026-11-28T1640_ingest_feed_seen_and_fingerprint_bands': ingestFeedSeen,
	'2026-11-28T1650_dashboard_order_indexes': dashboardOrderIndexes,
	'2026-12-02T1700_rate_event_ids': rateEventIds,
	'2026-12-02T1800_ingest_run_owner': ingestRunOwner,
	'2026-12-03T0700_statement_deadlines': statementDeadlines,
	'2026-12-04T0900_followup_suggestions': followupSuggestions,
	'2026-12-04T1100_rate_buckets': rateBuckets,
	'2026-12-04T1200_followup_source_may_go': followupSourceMayGo,
	'2026-12-04T1400_sources': sources,
	'2026-12-04T1500_follow_subscriptions': followSubscriptions
};
