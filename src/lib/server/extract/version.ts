// Stored with every statement so a re-extraction can tell which rules and which model produced it:
// the rules' release plus the committed model's version (a hash of its weights).
import modelFile from './model/pledge-model.json';
import type { PledgeModel } from './model/pledge-model';

export const RULES_VERSION = 'rules-2026.12.3';

export function extractorVersionOf(model: Pick<PledgeModel, 'version'>): string {
	return `${RULES_VERSION}+${model.version}`;
}

export const EXTRACTOR_VERSION = extractorVersionOf(modelFile as { version: string });
