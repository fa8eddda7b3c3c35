// npm run bench — every benchmark of the project, each next to a baseline measured in the same run.
// The parts are separate modules; one that is not there yet is skipped with a note.
interface BenchModule {
	[name: string]: unknown;
}

const parts: Array<[file: string, fn: string]> = [
	['./bench-extract.ts', 'benchExtraction'],
	['./bench-ingest.ts', 'benchIngestion'],
	['./bench-dashboard.ts', 'benchDashboard'],
	['./bench-export.ts', 'benchExport']
];

console.log('Pledgewatch benchmarks');
for (const [file, fn] of parts) {
	const mod: BenchModule | null = await import(/* @vite-ignore */ new URL(file, import.meta.url).href).catch(() => null);
	const run = mod?.[fn];
	if (typeof run !== 'function') {
		console.log(`\n(${file} not available: skipped)`);
		continue;
	}
	await run();
}
