// Decides whether a sentence commits its actor to a future action (pledge), asks someone else to
// act (request), or neither (report, prediction, duty, agenda), and how firm the commitment is.
import type { Lang, Strength } from '../../domain/statement';
import { EN } from './lexicon/en';
import { ID } from './lexicon/id';
import { alternation, wordsPattern } from './lexicon/patterns';
import type { CueGroup, Lexicon, PledgeCueClass, SlottedCue } from './lexicon/types';

export type CommitmentKind = 'pledge' | 'request' | 'none';

export interface Commitment {
	kind: CommitmentKind;
	/** Offsets of the cue inside the sentence (-1 when none). */
	cueStart: number;
	cueEnd: number;
	cue: string;
	strength: Strength;
	/** True when the sentence is a pledge rejected because it is negated ("tidak akan"). */
	negated: boolean;
	/** Cue class, used for confidence: explicit commitment verbs score above a bare future tense. */
	cueClass: PledgeCueClass | 'request' | 'none';
	signals: string[];
}

interface Cue {
	re: RegExp;
	cls: PledgeCueClass;
	strength: Strength;
}

/** A cue group as a pattern without its word boundaries; a slotted cue's optional slots may be left out. */
function cueSource(group: CueGroup | SlottedCue): string {
	if ('words' in group) return `(?:${alternation(group.words)})`;
	return group.slots
		.map((slot, i) => {
			const words = `${i === 0 ? '' : ' '}(?:${alternation(slot.words)})`;
			return slot.optional ? `(?:${words})?` : words;
		})
		.join('');
}

/**
 * The rules of one language, built from its lexicon. Every pattern is a flat alternation anchored on
 * word boundaries (a slotted cue adds optional slots of its own): no nested quantifiers, so matching
 * stays linear on any input.
 */
function compileRules(lex: Lexicon) {
	return {
		cues: lex.pledgeCues.map((group): Cue => ({ re: new RegExp(`\\b${cueSource(group)}\\b`, 'g'), cls: group.cls, strength: group.strength })),
		// One pass that rules out most sentences before the per-cue patterns run: any cue or request.
		any: new RegExp(`\\b(?:${[...lex.pledgeCues.map(cueSource), alternation(lex.requestCues)].join('|')})\\b`),
		request: wordsPattern([lex.requestCues], 'g'),
		questionAfterAsked: new RegExp(`^\\s*(?:${alternation(lex.questionAfterAsked)})\\b`),
		// "mendorong X agar …" asks another body to act; "siap/akan mendorong" is the speaker's own (hedged) pledge.
		urgeObject: new RegExp(`^\\s+(?:[\\w-]+\\s+){1,5}?(?:${alternation(lex.urgeObjectEnds)})\\b`),
		ownPushBefore: new RegExp(`\\b(?:${alternation(lex.ownPushBefore)})\\s*$`),
		// A cue preceded by these is not the speaker's own commitment.
		blockBefore: new RegExp(`(?:\\b(?:${alternation(lex.blockBefore)})\\s*|\\b(?:${alternation(lex.relativeBefore)}) \\w+\\s+)$`),
		nonAgentive: new RegExp(`^\\s*(?:(?:${alternation(lex.nonAgentiveAdverbs)}) )?(?:${alternation(lex.nonAgentive)})\\b`),
		wouldOnlyAfter: wordsPattern([lex.wouldOnlyAfter]),
		// No \b before a word that states a noun (as it always was): "berbentuk komitmen" counts too.
		statedNouns: new Map(
			lex.statedNouns.map((n) => [n.noun, { before: new RegExp(`(?:${alternation(n.before)})\\s*$`), after: new RegExp(`^\\s*(?:${alternation(n.after)})\\b`) }])
		),
		condition: wordsPattern([lex.condition]),
		hedge: wordsPattern([lex.hedge])
	};
}

const RULES = { id: compileRules(ID), en: compileRules(EN) };
// These lists are read whatever the sentence's language.
const REQUEST_BLOCK_BEFORE = new RegExp(`\\b(?:${alternation(ID.requestBlockBefore, EN.requestBlockBefore)})\\s*$`);
// No \b after the word (as it always was): "tak" also negates through "takut", "not" through "notably".
const NEGATION_BEFORE = new RegExp(
	`(?:\\b(?:${alternation(ID.negationBefore, EN.negationBefore)})|(?:${alternation(ID.negationSuffixes, EN.negationSuffixes)}))\\s*(?:\\w+\\s+)?$`
);
const NEGATION_AFTER = new RegExp(`^\\s*(?:${alternation(ID.negationAfter, EN.negationAfter)})\\b`);
// Descriptions of duties and rules, not commitments.
const DUTY = wordsPattern([ID.duty, EN.duty]);
const PREDICTION = wordsPattern([ID.prediction, EN.prediction]);
const PAST = wordsPattern([ID.past, EN.past]);

function firstMatch(re: RegExp, s: string, accept: (m: RegExpExecArray) => boolean): RegExpExecArray | null {
	re.lastIndex = 0;
	for (let m = re.exec(s); m; m = re.exec(s)) if (accept(m)) return m;
	return null;
}

const NONE: Commitment = { kind: 'none', cueStart: -1, cueEnd: -1, cue: '', strength: 'firm', negated: false, cueClass: 'none', signals: [] };

/** Classifies one sentence (any case); offsets refer to the sentence as given. */
export function classifyCommitment(sentence: string, lang: Lang = 'id'): Commitment {
	const s = sentence.toLowerCase();
	const rules = RULES[lang];
	if (!rules.any.test(s)) return NONE;
	if (s.trimEnd().endsWith('?')) return { ...NONE, signals: ['question'] };
	const signals: string[] = [];
	let negated = false;
	let best: { m: RegExpExecArray; cue: Cue } | null = null;
	for (const cue of rules.cues) {
		const m = firstMatch(cue.re, s, (x) => {
			const before = s.slice(Math.max(0, x.index - 40), x.index);
			const after = s.slice(x.index + x[0].length, x.index + x[0].length + 40);
			if (rules.blockBefore.test(before)) return false;
			if (NEGATION_BEFORE.test(before)) {
				negated = true;
				return false;
			}
			if (NEGATION_AFTER.test(after)) {
				negated = true;
				return false;
			}
			if ((cue.cls === 'future' || x[0] === 'siap') && rules.nonAgentive.test(after)) return false;
			if (cue.cls === 'present' && PAST.test(s.slice(Math.max(0, x.index - 60), x.index))) return false;
			// A noun cue only counts when it is stated ("bentuk komitmen", "Komitmen Penuh", "menyampaikan kesiapan").
			const stated = rules.statedNouns.get(x[0]);
			if (stated && !stated.before.test(before) && !stated.after.test(after)) return false;
			if (cue.cls === 'future' && x[0] === 'would' && !rules.wouldOnlyAfter.test(s.slice(0, x.index))) return false;
			return true;
		});
		if (m && (!best || m.index < best.m.index)) best = { m, cue };
	}
	const req = firstMatch(rules.request, s, (x) => {
		// "Asked about the backlog, X said …" is a journalist's question, not a request.
		if (/^(?:asked|asks)$/.test(x[0]) && rules.questionAfterAsked.test(s.slice(x.index + x[0].length, x.index + x[0].length + 10))) return false;
		if (x[0] === 'mendorong') {
			const before = s.slice(Math.max(0, x.index - 15), x.index);
			return !rules.ownPushBefore.test(before) && rules.urgeObject.test(s.slice(x.index + x[0].length, x.index + x[0].length + 80));
		}
		return !REQUEST_BLOCK_BEFORE.test(s.slice(Math.max(0, x.index - 6), x.index)) || x[0] === 'diminta';
	});
	if (req && (!best || req.index < best.m.index)) {
		return { kind: 'request', cueStart: req.index, cueEnd: req.index + req[0].length, cue: req[0], strength: 'firm', negated: false, cueClass: 'request', signals: [`request:${req[0]}`] };
	}
	if (!best) return { ...NONE, negated, signals: negated ? ['negated'] : [] };
	if (PREDICTION.test(s)) return { ...NONE, signals: ['prediction'] };
	if (DUTY.test(s.slice(0, best.m.index))) return { ...NONE, signals: ['duty'] };
	const { m, cue } = best;
	let strength: Strength = cue.strength;
	if (rules.condition.test(s)) {
		strength = 'conditional';
		signals.push('condition');
	} else if (rules.hedge.test(s)) {
		strength = 'hedged';
		signals.push('hedge');
	}
	signals.unshift(`cue:${m[0]}`);
	return { kind: 'pledge', cueStart: m.index, cueEnd: m.index + m[0].length, cue: m[0], strength, negated: false, cueClass: cue.cls, signals };
}
