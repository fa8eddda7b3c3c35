// Scores the follow-up matcher on labelled pledge → follow-up pairs: precision and recall of the
// match decision, and how often a matched true pair gets the status its words support. Institutions
// are found in the follow-up text by the extractor itself and related by the resolver's parent rules,
// as ingestion does, so the score covers the whole path a real article takes (minus the database).
import type { Category, Language } from '$lib/domain/vocabulary';
import type { InstitutionRef } from '$lib/domain/statement';
import { extractStatements } from '../extract/extract-statements';
import { parseAmounts } from '../extract/parse-amount';
import { detectLanguage } from '../extract/detect-language';
import type { Gazetteer } from '../resolve/gazetteer';
import { parentOf } from '../resolve/institution-parents';
import { matchFollowups, type MatchOptions } from './match-followups';
import { placeWordsOf } from './place-words';
import type { FollowupStatus, InstitutionSpan, OpenPledge } from './types';

export interface LabelledPledge {
	id: string;
	institution: string;
	category: Category;
	statedOn: string;
	dueOn?: string;
	text: string;
}
export interface LabelledFollowup {
	id: string;
	published: string;
	text: string;
}
export type LabelledPair = { pledge: string; followup: string } & ({ match: true; status: FollowupStatus } | { match: false; trap: string });

export interface PairOutcome {
	pair: LabelledPair;
	predicted: boolean;
	status: FollowupStatus | null;
	confidence: number | null;
	signals: string[];
}

export interface EvalReport {
	truePairs: number;
	falsePairs: number;
	tp: number;
	fp: number;
	fn: number;
	precision: number;
	recall: number;
	/** Of the true pairs found, the share proposed with the labelled status. */
	statusAccuracy: number;
	/** False pairs matched, per trap. */
	falseHitsByTrap: Record<string, number>;
	outcomes: PairOutcome[];
}

/** Institutions keyed by canonical name, with their parents from the resolver's rules. */
class Registry {
	private parents = new Map<string, string>();
	constructor(private gazetteer: Gazetteer) {}
	add(ref: InstitutionRef): string {
		const parent = parentOf(ref, this.gazetteer);
		if (parent) this.parents.set(ref.name, parent.name);
		return ref.name;
	}
	related(name: string): string[] {
		const out = new Set<string>();
		const parent = this.parents.get(name);
		if (parent) out.add(parent);
		for (const [child, p] of this.parents) if (p === name) out.add(child);
		return [...out];
	}
}

function languageOf(text: string): Language {
	return detectLanguage(text) === 'en' ? 'en' : 'id';
}

function institutionMentions(text: string, published: string, gazetteer: Gazetteer): { refs: InstitutionRef[]; spans: InstitutionSpan<string>[]; names: { start: number; end: number }[] } {
	const extraction = extractStatements({ text, published }, { gazetteer });
	const refs: InstitutionRef[] = [];
	const spans: InstitutionSpan<string>[] = [];
	const names = extraction.mentions.filter((m) => m.type === 'person').map((m) => ({ start: m.span.start, end: m.span.end }));
	for (const m of extraction.mentions) {
		if (m.type === 'institution') {
			refs.push(m.institution);
			spans.push({ institution: m.institution.name, start: m.span.start, end: m.span.end });
		} else if (m.institution) {
			refs.push(m.institution);
			spans.push({ institution: m.institution.name, start: m.span.start, end: m.span.end });
		}
	}
	return { refs, spans, names };
}

export function evaluateMatcher(
	set: { pledges: readonly LabelledPledge[]; followups: readonly LabelledFollowup[]; pairs: readonly LabelledPair[] },
	gazetteer: Gazetteer,
	options: MatchOptions = {}
): EvalReport {
	const registry = new Registry(gazetteer);
	const placeWords = placeWordsOf(gazetteer);
	const pledges = new Map<string, OpenPledge<string>>();
	set.pledges.forEach((p, i) => {
		const found = institutionMentions(`${p.institution} menggelar rapat.`, p.statedOn, gazetteer).refs[0];
		if (!found) throw new Error(`pledge ${p.id}: the extractor finds no institution in “${p.institution}”`);
		const language = languageOf(p.text);
		const amount = parseAmounts(p.text, language)[0]?.value ?? null;
		pledges.set(p.id, { id: i, text: p.text, institution: registry.add(found), related: [], category: p.category, amount, statedOn: p.statedOn, dueOn: p.dueOn ?? null });
	});
	const articles = new Map(
		set.followups.map((f) => {
			const { refs, spans, names } = institutionMentions(f.text, f.published, gazetteer);
			for (const ref of refs) registry.add(ref);
			return [f.id, { body: f.text, language: languageOf(f.text), publishedOn: f.published, mentions: spans, names }] as const;
		})
	);
	for (const p of pledges.values()) p.related = registry.related(p.institution);

	const outcomes: PairOutcome[] = set.pairs.map((pair) => {
		const pledge = pledges.get(pair.pledge);
		const article = articles.get(pair.followup);
		if (!pledge || !article) throw new Error(`pair ${pair.pledge} → ${pair.followup}: unknown ${pledge ? 'follow-up' : 'pledge'}`);
		const [match] = matchFollowups(article, [pledge], { placeWords, ...options });
		return { pair, predicted: !!match, status: match?.status ?? null, confidence: match?.confidence ?? null, signals: match?.signals ?? [] };
	});

	const tp = outcomes.filter((o) => o.predicted && o.pair.match).length;
	const fp = outcomes.filter((o) => o.predicted && !o.pair.match).length;
	const truePairs = outcomes.filter((o) => o.pair.match).length;
	const rightStatus = outcomes.filter((o) => o.predicted && o.pair.match && o.status === o.pair.status).length;
	const falseHitsByTrap: Record<string, number> = {};
	for (const o of outcomes) if (o.predicted && !o.pair.match) falseHitsByTrap[o.pair.trap] = (falseHitsByTrap[o.pair.trap] ?? 0) + 1;
	return {
		truePairs,
		falsePairs: outcomes.length - truePairs,
		tp,
		fp,
		fn: truePairs - tp,
		precision: tp + fp === 0 ? 0 : tp / (tp + fp),
		recall: truePairs === 0 ? 0 : tp / truePairs,
		statusAccuracy: tp === 0 ? 0 : rightStatus / tp,
		falseHitsByTrap,
		outcomes
	};
}
