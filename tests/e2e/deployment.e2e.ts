// The whole deployment on one machine (issue 14, item 6), small: a primary with a streaming
// replica, two app instances, two workers and fictional feeds on 127.0.0.1 (scripts/deployment);
// 300 articles through the job queue while 50 readers read for 15 s, one instance and one worker
// killed with SIGKILL mid-run. `npm run deploy:local` runs the full size (10k / 200 / 60 s).
import { expect, test } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { formatReport, runDeployment } from '../../scripts/deployment/run';
import { verdictOf } from '../../scripts/deployment/verdict';
import { asDatabaseUser, findPostgresBin } from './throwaway-postgres';

const found = findPostgresBin();
const bin = found && fs.existsSync(path.join(found, 'pg_basebackup')) ? found : null;

test.describe('deployment on one machine', () => {
	test.skip(!bin, 'PostgreSQL binaries (initdb, pg_ctl, pg_basebackup) were not found: set PG_BIN to their folder to run the deployment test.');
	test.skip(!asDatabaseUser(), 'running as root without a `postgres` account to run PostgreSQL as: the deployment test is skipped.');

	test('readers see no errors, every article is stored once, the rate limit holds over both instances, with an instance and a worker killed', async () => {
		test.setTimeout(240_000);
		const report = await runDeployment({ articles: 300, clients: 50, seconds: 15, log: (line) => console.log(`deployment: ${line}`) });
		console.log(formatReport(report));
		// Readers: none saw an error (429s apart); both instances served before the kill.
		expect(report.readers.errorKinds).toEqual({});
		expect(report.readers.requests).toBeGreaterThan(0);
		expect(report.readers.byInstance['app-b'] ?? 0).toBeGreaterThan(0);
		// The kill came while articles were still coming in.
		expect(report.kill.articlesInAtKill).toBeLessThan(report.expected);
		// Every article once: in the archive, on the replica, and settled on its source.
		expect(report.primary).toEqual({ rows: 300, distinctUrls: 300, duplicatedUrls: 0 });
		expect(report.replica.rows).toBe(300);
		expect(report.items).toEqual({ ingested: 300 });
		expect(report.drainedAfterSeconds).not.toBeNull();
		expect(report.jobs.map((q) => q.failed)).toEqual([0, 0, 0]);
		// One address, 140 API requests over both instances: the limit of 60 a minute (plus the
		// bucket's refill, one a second, while they went out), not 120.
		expect(report.rateLimit.answered).toBeGreaterThanOrEqual(60);
		expect(report.rateLimit.answered).toBeLessThanOrEqual(60 + Math.ceil(report.rateLimit.seconds) + 1);
		expect(report.rateLimit.answered).toBeLessThan(120);
		expect(verdictOf(report)).toEqual([]);
	});
});
