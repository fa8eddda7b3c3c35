// The shapes that flow through ingestion: a raw item as a source read it, and what became of it.
import type { Language } from '$lib/domain/vocabulary';

/** One article as a source produced it, before normalization. */
export interface RawItem {
	/** Where it came from, for error messages: "news.jsonl:12", "https://…/feed.xml#3". */
	origin: string;
	text: string;
	title?: string | null;
	url?: string | null;
	/** Any date text the source carried (ISO, RFC 822, "2025-04-16"). */
	published?: string | null;
	outlet?: string | null;
	lang?: string | null;
	/** Set by a source that read the record but found it unusable (a field of the wrong type). */
	invalid?: string;
}

/** A source yields items and, for what it could not read, failures naming the item. */
export type SourceEvent = { item: RawItem } | { error: ItemError };

export interface ItemError {
	item: string;
	reason: string;
}

/** A normalized article, ready for dedupe and extraction. */
export interface NormalizedArticle {
	origin: string;
	url: string | null;
	canonicalUrl: string | null;
	outletDomain: string | null;
	outletName: string | null;
	title: string | null;
	body: string;
	language: Language;
	publishedOn: string | null;
	contentHash: string;
	fingerprint: string | null;
}

export type ItemOutcome = 'new' | 'duplicate' | 'near_duplicate' | 'failed';

export interface IngestSummary {
	runId: number | null;
	read: number;
	new: number;
	duplicate: number;
	nearDuplicate: number;
	failed: number;
	statementsAdded: number;
	errors: ItemError[];
	seconds: number;
}

export function emptySummary(): IngestSummary {
	return { runId: null, read: 0, new: 0, duplicate: 0, nearDuplicate: 0, failed: 0, statementsAdded: 0, errors: [], seconds: 0 };
}

/** Thrown for an item that cannot be ingested; the message is shown to the user as the reason. */
export class ItemRejected extends Error {}
