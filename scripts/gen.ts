// npm run gen -- --articles N --out FILE [--seed S] — a synthetic JSON Lines corpus of the demo's
// shape for benchmarks. Streams with backpressure, so memory stays flat for any N.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { generateArticles } from '../src/lib/server/demo/generate';

const { values } = parseArgs({ options: { articles: { type: 'string' }, out: { type: 'string' }, seed: { type: 'string' }, months: { type: 'string' } } });
const count = Number(values.articles);
if (!values.out || !Number.isInteger(count) || count <= 0) {
	console.error('Usage: npm run gen -- --articles N --out FILE [--seed S] [--months M]');
	process.exit(2);
}
const out = createWriteStream(values.out);
let written = 0;
// More months for bigger corpora keeps about as many articles per day as the demo.
const months = values.months ? Number(values.months) : Math.min(120, Math.max(24, Math.ceil(count / 300)));
for (const article of generateArticles({ count, seed: values.seed ? Number(values.seed) : 7, start: '2020-01', months })) {
	if (!out.write(JSON.stringify(article) + '\n')) await once(out, 'drain');
	written++;
}
out.end();
await once(out, 'finish');
console.error(`wrote ${written} articles (${count} originals and their syndicated copies) to ${values.out}`);
