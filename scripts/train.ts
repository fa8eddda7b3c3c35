// npm run train -- DIR... : trains the decision layer on annotated corpus folders (corpus/FORMAT.md)
// and writes src/lib/server/extract/model/pledge-model.json (or --out FILE). Same corpus, same bytes.
import { writeFileSync } from 'node:fs';
import { loadGazetteer } from '../src/lib/server/resolve/gazetteer';
import { readCorpora } from '../src/lib/server/extract/eval/read-corpus';
import { DEFAULT_TRAIN_OPTIONS } from '../src/lib/server/extract/model/train-model';
import { trainWithConfidence } from '../src/lib/server/extract/model/fit-statement-confidence';
import { serializeModel } from '../src/lib/server/extract/model/serialize-model';

const args = process.argv.slice(2).filter((a) => a !== '--');
const outAt = args.indexOf('--out');
const out = outAt >= 0 ? args.splice(outAt, 2)[1] : 'src/lib/server/extract/model/pledge-model.json';
const dirs = args.length > 0 ? args : ['../shared/corpus/train', '../shared/corpus/dev'];

const { items, problems } = readCorpora(dirs);
for (const p of problems) console.error(p);
if (items.length === 0) {
	console.error(`No annotated articles found in ${dirs.join(', ')}; nothing trained.`);
	process.exit(1);
}
const gazetteer = await loadGazetteer();
const started = performance.now();
const model = trainWithConfidence(items, { gazetteer }, DEFAULT_TRAIN_OPTIONS);
writeFileSync(out, serializeModel(model));
console.log(
	`Trained ${model.version} on ${model.trainedOn.articles} articles (${model.trainedOn.sentences} sentences, ` +
		`${model.trainedOn.pledgeSentences} stating a pledge), ${model.columns.length} features, ` +
		`in ${((performance.now() - started) / 1000).toFixed(1)} s → ${out}`
);
