// npm run bench — extraction and ingestion throughput, each next to a baseline measured in the same run.
console.log('Pledgewatch benchmarks');
const extraction = await import('./bench-extract').catch(() => null);
if (extraction) await extraction.benchExtraction();
const ingestion = await import('./bench-ingest').catch(() => null);
if (ingestion) await ingestion.benchIngestion();
