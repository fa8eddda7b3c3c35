// Statements (pledges and requests) and the extractor's output, as every layer sees them.

export type StatementKind = 'pledge' | 'request';
export type InstitutionKind = 'legislature' | 'agency' | 'executive' | 'judiciary' | 'other';
export type InstitutionLevel = 'national' | 'province' | 'regency' | 'city';
export type Category = 'budget' | 'oversight' | 'program' | 'regulation' | 'other';
export type Strength = 'firm' | 'conditional' | 'hedged';
export type AmountQualifier = 'exact' | 'about' | 'more_than' | 'up_to';
export type Lang = 'id' | 'en';

export const CATEGORIES: readonly Category[] = ['budget', 'oversight', 'program', 'regulation', 'other'];

/** A piece of the article body: `body.slice(start, end) === text`, always. */
export interface Span {
	text: string;
	start: number;
	end: number;
}

/** An institution as extraction names it; `resolve` later maps `name` to a registry record. */
export interface InstitutionRef {
	/** Canonical full name: "DPRD Provinsi Kalimantan Tengah", "Kepolisian Daerah Maluku Utara". */
	name: string;
	kind: InstitutionKind;
	level: InstitutionLevel | null;
	/** Kemendagri region code ("62", "62.02") when the institution is regional. */
	regionCode: string | null;
	/** A unit inside the institution that actually spoke ("Komisi II", "Bapemperda"), if any. */
	unit: string | null;
	/** How extraction built `name`, so later steps read it instead of parsing the name back. */
	parts?: InstitutionParts;
}

/** The families of names extraction recognizes (its matchers are in `server/extract/institutions/`). */
export type InstitutionFamily =
	| 'fixed'
	| 'dprd'
	| 'dpr'
	| 'pemerintah'
	| 'head'
	| 'polda'
	| 'polres'
	| 'ministry'
	| 'ditjen'
	| 'kanwil'
	| 'lapas'
	| 'upt'
	| 'dinas'
	| 'badan'
	| 'unit'
	| 'court';

/**
 * What an institution sits under, as far as extraction can tell from its words; `resolve` turns
 * the hint into the parent's record with the gazetteer.
 */
export type ParentHint =
	/** A Kanwil under the Ditjen or ministry its name contains. */
	| { via: 'named'; name: string; kind: InstitutionKind; family: InstitutionFamily }
	/** A Polres under the Polda of its region's province. */
	| { via: 'province-police' }
	/** A Polda under Polri. */
	| { via: 'national-police' }
	/** A Lapas, Rutan or Bapas under the corrections Kanwil of its region's province. */
	| { via: 'province-corrections' }
	/** A Dinas or Badan under the government of its own region. */
	| { via: 'local-government' };

export interface InstitutionParts {
	family: InstitutionFamily;
	/**
	 * The generic name the canonical name is built on, before class, place and region: "DPRD",
	 * "Kepolisian Resor Kota", "Dinas Kesehatan", "Lembaga Pemasyarakatan", "Kantor Wilayah".
	 * The region itself is `regionCode` (and `level`) on the reference.
	 */
	base: string;
	parent: ParentHint | null;
}

export interface Amount {
	/** Value in rupiah. */
	value: number;
	currency: 'IDR';
	qualifier: AmountQualifier;
	span: Span;
}

export interface Speaker {
	name: string | null;
	/** The title as the article wrote it: "Ketua DPRD Kotim". */
	role: string | null;
	/** The title with the institution's canonical name: "Ketua DPRD Kabupaten Kotawaringin Timur". */
	canonicalRole: string | null;
}

export interface Confidence {
	/** In [0, 1]. */
	score: number;
	/** Why: the cues and resolutions that produced the statement ("cue:siap", "actor:subject"). */
	signals: string[];
}

export interface Statement {
	kind: StatementKind;
	actor: InstitutionRef;
	speaker: Speaker;
	category: Category;
	/** The institution (canonical name) or program the statement is about, if one is named. */
	target: string | null;
	evidence: Span;
	/** Other sentences of the same article restating this statement (headline, lead, quote). */
	restatements: Span[];
	amount: Amount | null;
	strength: Strength;
	/** ISO date (YYYY-MM-DD) the statement was made, when the article says or implies it. */
	statedOn: string | null;
	/**
	 * When the statement says it will be done, from its own words (evidence sentence, else a
	 * restatement); null when it states no deadline. Extraction always sets it; optional only so
	 * statements built by hand (tests of other steps) need not.
	 */
	deadline?: Deadline | null;
	confidence: Confidence;
}

/** A deadline a statement states: "akhir tahun ini" in an article of 2 October 2025 → 2025-12-31. */
export interface Deadline {
	/** ISO date (YYYY-MM-DD): the last day the words allow. */
	dueOn: string;
	/** The words, with offsets into the article body like the evidence. */
	phrase: Span;
}

export interface InstitutionMention {
	type: 'institution';
	span: Span;
	institution: InstitutionRef;
}

export interface PersonMention {
	type: 'person';
	span: Span;
	/** The full name as first introduced: "Bima S. Santoso" (titles and degrees removed). */
	name: string;
	role: string | null;
	canonicalRole: string | null;
	institution: InstitutionRef | null;
}

export type Mention = InstitutionMention | PersonMention;

/** What extraction needs from an article; the body is `text`, and all offsets point into it. */
export interface ArticleInput {
	id?: string;
	text: string;
	title?: string | null;
	lang?: Lang | null;
	/** ISO date (YYYY-MM-DD) of publication, used to complete year-less dates. */
	published?: string | null;
	url?: string | null;
}

export interface Extraction {
	extractorVersion: string;
	lang: Lang;
	statements: Statement[];
	mentions: Mention[];
}
