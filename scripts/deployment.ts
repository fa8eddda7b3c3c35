// npm run deploy:local -- --articles N --clients C --seconds S — the whole deployment on one
// machine as a test (scripts/deployment/run.ts): two app instances, two workers, a primary with a
// streaming replica, fictional feeds on 127.0.0.1; one instance and one worker killed mid-run.
// Exits 1 when a reader saw an error, an article was lost or stored twice, or the rate limit leaked.
import { parseArgs } from 'node:util';
import { formatReport, runDeployment } from './deployment/run';
import { verdictOf } from './deployment/verdict';

const { values } = parseArgs({
	args: process.argv.slice(2).filter((a) => a !== '--'),
	options: {
		articles: { type: 'string', default: '10000' },
		clients: { type: 'string', default: '200' },
		seconds: { type: 'string', default: '60' },
		sites: { type: 'string', default: '4' },
		json: { type: 'string' },
		logs: { type: 'string' }
	}
});
const number = (flag: string, raw: string | undefined) => {
	const n = Number(raw);
	if (!Number.isInteger(n) || n <= 0) {
		console.error(`--${flag} must be a positive whole number, got "${raw}"`);
		process.exit(2);
	}
	return n;
};
const report = await runDeployment({
	articles: number('articles', values.articles),
	clients: number('clients', values.clients),
	seconds: number('seconds', values.seconds),
	sites: number('sites', values.sites),
	logDir: values.logs
});
console.log(`\n${formatReport(report)}`);
if (values.json) {
	const { writeFileSync } = await import('node:fs');
	writeFileSync(values.json, JSON.stringify(report, null, 2));
}
const problems = verdictOf(report);
console.log(problems.length === 0 ? '\nPASS' : `\nFAIL:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
process.exit(problems.length === 0 ? 0 : 1);
