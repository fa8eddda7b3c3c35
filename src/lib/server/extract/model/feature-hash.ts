// Feature names become indices by hashing (FNV-1a, 32 bit), so a model file holds weights over
// numbers, never the words or word pairs it learned from.
export const HASH_BITS = 20;
const MASK = (1 << HASH_BITS) - 1;

/** FNV-1a over UTF-16 code units, as an unsigned 32-bit number. */
export function fnv1a32(text: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return h >>> 0;
}

export function hashFeature(name: string): number {
	return fnv1a32(name) & MASK;
}

// Marks which indices the current call has seen: a stamp per call instead of a Set per sentence
// (this runs for every sentence of every article).
const seen = new Uint32Array(1 << HASH_BITS);
let stamp = 0;

/** Distinct hashed indices of a list of feature names (presence features, value 1), in first-seen order. */
export function hashFeatures(names: readonly string[]): number[] {
	stamp = (stamp + 1) >>> 0;
	if (stamp === 0) {
		seen.fill(0);
		stamp = 1;
	}
	const out: number[] = [];
	for (const n of names) {
		const h = hashFeature(n);
		if (seen[h] === stamp) continue;
		seen[h] = stamp;
		out.push(h);
	}
	return out;
}
