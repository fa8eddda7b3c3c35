// What the deployment run must show to pass (issue 14, item 6's "done when"), as sentences naming
// what went wrong; the script and the e2e test judge the same way.
import type { DeploymentReport } from './run';

export function verdictOf(r: DeploymentReport): string[] {
	const problems: string[] = [];
	if (r.readers.errors > 0) problems.push(`readers saw ${r.readers.errors} errors (429s excluded): ${JSON.stringify(r.readers.errorKinds)}`);
	if (r.primary.distinctUrls !== r.expected) problems.push(`${r.expected - r.primary.distinctUrls} of ${r.expected} articles are not in the archive`);
	if (r.primary.rows !== r.primary.distinctUrls) problems.push(`${r.primary.duplicatedUrls} articles were stored more than once (${r.primary.rows} rows for ${r.primary.distinctUrls} addresses)`);
	if ((r.items.ingested ?? 0) !== r.expected) problems.push(`source items: ${JSON.stringify(r.items)}; expected ${r.expected} ingested`);
	if (r.drainedAfterSeconds === null) problems.push('the job queue did not drain');
	if (r.jobs.some((q) => q.failed > 0)) problems.push(`jobs failed after their last retry: ${r.jobs.map((q) => `${q.queue} ${q.failed}`).join(', ')}`);
	if (r.replica.rows !== r.primary.rows) problems.push(`the replica has ${r.replica.rows} of the primary's ${r.primary.rows} rows`);
	// The bucket refills during the probe (limit/60 a second): allow that, but not a second instance's worth.
	const allowed = r.rateLimit.limitPerMinute + Math.ceil((r.rateLimit.seconds * r.rateLimit.limitPerMinute) / 60) + 1;
	if (r.rateLimit.answered > allowed || r.rateLimit.answered < r.rateLimit.limitPerMinute) {
		problems.push(`rate limit across instances: ${r.rateLimit.answered} answered of ${r.rateLimit.sent}, expected ${r.rateLimit.limitPerMinute}–${allowed}`);
	}
	if (r.readers.byInstance['app-b'] === undefined) problems.push('no reader was served by app-b before it was killed');
	return problems;
}
