// Reads annotated corpus folders (DIR/articles/*.json + DIR/gold/*.json, corpus/FORMAT.md) for the
// train and eval commands. The only file access under extract/; extraction itself stays pure.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { articleFromJson } from '../read-articles';
import type { AnnotatedArticle } from '../model/training-set';
import type { GoldPledgeLike } from './score';

export interface CorpusArticle extends AnnotatedArticle {
	gold: GoldPledgeLike[];
	/** The folder it came from, for reports. */
	corpus: string;
}

export interface ReadCorpusResult {
	items: CorpusArticle[];
	/** One line per article that could not be used, naming it and the reason. */
	problems: string[];
}

export function readCorpora(dirs: readonly string[]): ReadCorpusResult {
	const items: CorpusArticle[] = [];
	const problems: string[] = [];
	const seen = new Map<string, string>();
	for (const dir of dirs) {
		if (!existsSync(join(dir, 'articles')) || !existsSync(join(dir, 'gold'))) {
			problems.push(`${dir}: expected ${join(dir, 'articles')} and ${join(dir, 'gold')} (see corpus/FORMAT.md)`);
			continue;
		}
		for (const file of readdirSync(join(dir, 'articles')).filter((f) => f.endsWith('.json')).sort()) {
			const where = join(dir, 'articles', file);
			let parsed;
			try {
				parsed = articleFromJson(JSON.parse(readFileSync(where, 'utf8')), where, file.replace(/\.json$/, ''));
			} catch (e) {
				problems.push(`${where}: invalid JSON (${(e as Error).message})`);
				continue;
			}
			if (!parsed.ok) {
				problems.push(parsed.error);
				continue;
			}
			const goldPath = join(dir, 'gold', file);
			if (!existsSync(goldPath)) {
				problems.push(`${where}: no gold file at ${goldPath}; skipped`);
				continue;
			}
			const id = parsed.article.id;
			if (seen.has(id)) {
				problems.push(`${where}: article id ${id} is also in ${seen.get(id)}; ids must be unique across folders (folds are assigned by id); skipped`);
				continue;
			}
			seen.set(id, dir);
			try {
				const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as { pledges?: GoldPledgeLike[] };
				if (!Array.isArray(gold.pledges)) throw new Error('no `pledges` array');
				items.push({ article: parsed.article, gold: gold.pledges, corpus: basename(dir) });
			} catch (e) {
				problems.push(`${goldPath}: ${(e as Error).message}`);
			}
		}
	}
	return { items, problems };
}
