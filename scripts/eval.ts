// npm run eval -- DIR : extracts DIR/articles/*.json and scores against DIR/gold/*.json (FORMAT.md).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadGazetteer } from '../src/lib/server/resolve/gazetteer';
import { extractStatements } from '../src/lib/server/extract/extract-statements';
import { toGoldFormat } from '../src/lib/server/extract/to-gold-format';
import { articleFromJson } from '../src/lib/server/extract/read-articles';
import { scoreCorpus, type ArticleToScore, type GoldPledgeLike } from '../src/lib/server/extract/eval/score';
import { formatReport } from '../src/lib/server/extract/eval/format-report';

const dir = process.argv.slice(2).find((a) => a !== '--') ?? '../shared/corpus/dev';
if (!existsSync(join(dir, 'articles')) || !existsSync(join(dir, 'gold'))) {
	console.error(`${dir}: expected ${join(dir, 'articles')} and ${join(dir, 'gold')} (see corpus/FORMAT.md)`);
	process.exit(0);
}
const gazetteer = await loadGazetteer();
const toScore: ArticleToScore[] = [];
for (const file of readdirSync(join(dir, 'articles')).filter((f) => f.endsWith('.json')).sort()) {
	const parsed = articleFromJson(JSON.parse(readFileSync(join(dir, 'articles', file), 'utf8')), file, file.replace(/\.json$/, ''));
	if (!parsed.ok) {
		console.error(parsed.error);
		continue;
	}
	const goldPath = join(dir, 'gold', file);
	if (!existsSync(goldPath)) {
		console.error(`${file}: no gold file at ${goldPath}; skipped`);
		continue;
	}
	const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as { pledges: GoldPledgeLike[] };
	const out = toGoldFormat(parsed.article.id, extractStatements(parsed.article, { gazetteer }));
	toScore.push({ id: parsed.article.id, lang: parsed.article.lang ?? 'id', text: parsed.article.text, gold: gold.pledges, predicted: out.pledges });
}
console.log(formatReport(scoreCorpus(toScore)));
