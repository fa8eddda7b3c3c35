// npm run --silent extract -- FILE... : one JSON line per article, pledges in corpus gold format.
// FILE is an article JSON, a .txt body or JSON Lines; without FILE (or with "-"), reads stdin.
import { readFileSync } from 'node:fs';
import { loadGazetteer } from '../src/lib/server/resolve/gazetteer';
import { extractStatements } from '../src/lib/server/extract/extract-statements';
import { toGoldFormat } from '../src/lib/server/extract/to-gold-format';
import { parseArticles } from '../src/lib/server/extract/read-articles';

async function main(): Promise<number> {
	const files = process.argv.slice(2).filter((a) => a !== '--');
	const gazetteer = await loadGazetteer();
	let failed = 0;
	const sources = files.length === 0 ? ['-'] : files;
	for (const file of sources) {
		let content: string;
		try {
			content = file === '-' ? readFileSync(0, 'utf8') : readFileSync(file, 'utf8');
		} catch (e) {
			console.error(`${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); check the path`);
			failed++;
			continue;
		}
		for (const parsed of parseArticles(file === '-' ? 'stdin' : file, content)) {
			if (!parsed.ok) {
				console.error(parsed.error);
				failed++;
				continue;
			}
			try {
				const extraction = extractStatements(parsed.article, { gazetteer });
				process.stdout.write(`${JSON.stringify(toGoldFormat(parsed.article.id, extraction))}\n`);
			} catch (e) {
				console.error(`${file} article ${parsed.article.id}: extraction failed (${(e as Error).message})`);
				failed++;
			}
		}
	}
	return failed > 0 ? 1 : 0;
}

process.exitCode = await main();
