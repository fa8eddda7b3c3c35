// Splits text at character offsets so the UI can wrap evidence in <mark> without ever rendering
// article text as HTML.

export interface Highlight {
	start: number;
	end: number;
	/** Statement id the highlight belongs to. */
	id: number;
}

export interface Segment {
	text: string;
	/** Statements this piece of text is evidence for (overlapping evidence is shared). */
	ids: number[];
	/** Offset of the segment in the original text. */
	start: number;
}

export function segmentText(text: string, highlights: readonly Highlight[], offset = 0): Segment[] {
	const valid = highlights
		.map((h) => ({ start: Math.max(0, h.start - offset), end: Math.min(text.length, h.end - offset), id: h.id }))
		.filter((h) => h.end > h.start);
	const cuts = new Set<number>([0, text.length]);
	for (const h of valid) {
		cuts.add(h.start);
		cuts.add(h.end);
	}
	const points = [...cuts].sort((a, b) => a - b);
	const segments: Segment[] = [];
	for (let i = 0; i < points.length - 1; i++) {
		const [from, to] = [points[i], points[i + 1]];
		const ids = valid.filter((h) => h.start <= from && h.end >= to).map((h) => h.id);
		const last = segments[segments.length - 1];
		if (last && last.ids.length === 0 && ids.length === 0) last.text += text.slice(from, to);
		else segments.push({ text: text.slice(from, to), ids, start: from + offset });
	}
	return segments;
}

/** Paragraphs (split at blank lines or single newlines) with their offsets into the text. */
export function paragraphs(text: string): { text: string; start: number }[] {
	const out: { text: string; start: number }[] = [];
	const re = /[^\n]+/g;
	let m: RegExpExecArray | null;
	while ((m = re.exec(text))) {
		if (m[0].trim()) out.push({ text: m[0], start: m.index });
	}
	return out;
}

/** The paragraph holding [start, end); falls back to the whole text if the span crosses lines. */
export function paragraphAround(text: string, start: number, end: number): { text: string; start: number } {
	const p = paragraphs(text).find((q) => q.start <= start && q.start + q.text.length >= end);
	return p ?? { text, start: 0 };
}

/** Only absolute http(s) URLs may become links; anything else (javascript:, data:, relative) is text. */
export function safeHttpUrl(url: string | null | undefined): string | null {
	if (!url) return null;
	try {
		const parsed = new URL(url);
		return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
	} catch {
		return null;
	}
}
