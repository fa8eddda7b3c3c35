// The shape of a language's lexicon: the cue and exception words the commitment and category rules
// read, each with a fictional example sentence in which it does its job (lexicon.test.ts checks it).
import type { Category, Strength } from '../../../domain/statement';

/** A word or phrase, lower case, single-spaced, and a sentence written for the test (never news text). */
export type Entry = readonly [text: string, example: string];
export type Entries = readonly Entry[];

export type PledgeCueClass = 'explicit' | 'future' | 'plan' | 'present' | 'directive';

/** Pledge cues of one class and strength. */
export interface CueGroup {
	cls: PledgeCueClass;
	strength: Strength;
	words: Entries;
}

/** A cue made of slots in a row, one entry of each, separated by one space ("kami tentu mendukung"). */
export interface SlottedCue {
	cls: PledgeCueClass;
	strength: Strength;
	slots: readonly { optional?: boolean; words: Entries }[];
}

/** A noun cue that counts only when the sentence states it: a word right before or right after says so. */
export interface StatedNoun {
	noun: string;
	before: Entries;
	after: Entries;
}

export interface Lexicon {
	// classify-commitment: what makes a pledge, a request, or neither, and how firm it is.
	/** Where two groups find a cue at the same place, the group listed first wins. */
	pledgeCues: readonly (CueGroup | SlottedCue)[];
	statedNouns: readonly StatedNoun[];
	/** "would" is the speaker's pledge only after one of these (reported speech); else it is hypothetical. */
	wouldOnlyAfter: Entries;
	requestCues: Entries;
	/** "Asked about …, X said": after "asked"/"asks" these open a journalist's question, not a request. */
	questionAfterAsked: Entries;
	/** A request cue right after these describes someone ("yang meminta"). Read in every language. */
	requestBlockBefore: Entries;
	/** "mendorong X agar …": words that end the addressee of an urging verb, making it a request. */
	urgeObjectEnds: Entries;
	/** "siap mendorong": words right before an urging verb that make it the speaker's own push. */
	ownPushBefore: Entries;
	/** A cue right after one of these is not the speaker's own commitment ("yang akan", "to pledge"). */
	blockBefore: Entries;
	/** … nor a cue one word after one of these ("yang juga akan"). */
	relativeBefore: Entries;
	/** Negation up to one word before a cue. Read in every language. */
	negationBefore: Entries;
	/** Word endings that negate ("won't"). Read in every language. */
	negationSuffixes: Entries;
	/** Negation right after a cue ("akan tidak", "will not"). Read in every language. */
	negationAfter: Entries;
	/** Verbs after a future cue (or "siap") that say what will happen, not what someone will do. */
	nonAgentive: Entries;
	/** Adverbs that may stand between the cue and such a verb. */
	nonAgentiveAdverbs: Entries;
	/** Before the cue, a description of duties or rules, not a commitment. Read in every language. */
	duty: Entries;
	/** A prediction anywhere in the sentence. Read in every language. */
	prediction: Entries;
	/** Before a present-tense funding cue, a past act ("telah mengalokasikan"). Read in every language. */
	past: Entries;
	condition: Entries;
	hedge: Entries;

	// categorize: the kind of support a commitment gives. Every list is read in every language,
	// since news in either language quotes the other's terms ("APBD", "Perda").
	keywords: Readonly<Record<Category, Entries>>;
	/** Verbs that imply a category when no keyword names one; regulation is tried first. */
	verbCategories: Readonly<Record<'regulation' | 'program', Entries>>;
	/** Where the object of a commitment ends: purpose and cause clauses name something else. */
	stopWords: Entries;
	/** Purpose words that, close after a request cue, open what is requested instead of ending it. */
	requestOpeners: Entries;
	/** Words that introduce the means of a commitment ("melalui fungsi pengawasan dan anggaran"). */
	means: Entries;
	/** Regulation only when a policy is being made: one of these verbs, then (one word, then) a policy noun. */
	policyVerbs: Entries;
	policyNouns: Entries;
	/** English nouns that modify a following noun ("fund bill", "budget law") rather than head it. */
	compoundModifiers: Entries;
	/** After these, "that" opens the reported commitment, not a relative clause. */
	reportingVerbs: Entries;
	/** Open a relative clause, which describes the object rather than naming the commitment. */
	relativePronouns: Entries;
	/** Join coordinated objects, each of which carries its own category. */
	coordinators: Entries;
}
