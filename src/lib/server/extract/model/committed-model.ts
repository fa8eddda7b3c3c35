// The model trained by `npm run train` and committed beside the code, indexed once on first use.
import modelFile from './pledge-model.json';
import { loadPledgeModel, type PledgeModel } from './pledge-model';

let loaded: PledgeModel | null = null;

export function committedModel(): PledgeModel {
	loaded ??= loadPledgeModel(modelFile, 'src/lib/server/extract/model/pledge-model.json');
	return loaded;
}
