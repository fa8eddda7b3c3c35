// npm run bench — every benchmark of the project, each next to a baseline measured in the same run:
// extraction vs. sentence splitting; ingest vs. bulk insert; page times vs. a static file; CSV
// export vs. COPY. Benchmarks that need PostgreSQL use TEST_DATABASE_URL or DATABASE_URL, or say
// they were skipped. `npm run bench -- extract ingest` runs only the named parts; `--flag value`
// pairs go to the parts that read them (`npm run bench -- load --seconds 10`).
import { benchDashboard } from './bench-dashboard';
import { benchExport } from './bench-export';
import { benchExtraction } from './bench-extract';
import { benchIngestion } from './bench-ingest';
import { benchLoad } from './bench-load';

const parts: Record<string, () => Promise<unknown>> = {
	extract: () => benchExtraction(),
	ingest: () => benchIngestion(),
	dashboard: () => benchDashboard(),
	export: () => benchExport(),
	load: () => benchLoad()
};

const args = process.argv.slice(2).filter((a) => a !== '--');
const wanted = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
const unknown = wanted.filter((w) => !(w in parts));
if (unknown.length > 0) {
	console.error(`Unknown benchmark ${unknown.join(', ')}; choose from: ${Object.keys(parts).join(', ')}`);
	process.exit(2);
}
console.log('Pledgewatch benchmarks');
for (const [name, run] of Object.entries(parts)) {
	if (wanted.length > 0 && !wanted.includes(name)) continue;
	console.log(`\n## ${name}`);
	await run();
}
