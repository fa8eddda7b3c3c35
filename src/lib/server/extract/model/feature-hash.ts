// Feature names become indices by hashing, so a model file holds weights over numbers, never the
// words or word pairs it learned from. A feature is a (family, value) pair such as ("w", "anggaran");
// its index mixes the hash of the family with the hash of the value. Value hashes are cached:
// every sentence of every article is hashed here, and words repeat.
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

/** Combines two 32-bit hashes (order matters). */
export function mixHashes(a: number, b: number): number {
	let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
	h = Math.imul(h ^ (h >>> 15), 0xc2b2ae35);
	return (h ^ (h >>> 13)) >>> 0;
}

/** The index of feature `family:value`. */
export function featureIndex(family: string, value: string): number {
	return mixHashes(fnv1a32(family), fnv1a32(value)) & MASK;
}

/** Receives features as they are computed: names for tests and reading, indices for the model. */
export interface FeatureSink {
	add(family: string, value?: string): void;
	addPair(family: string, a: string, b: string): void;
}

export class NameSink implements FeatureSink {
	readonly names: string[] = [];
	add(family: string, value = ''): void {
		this.names.push(`${family}:${value}`);
	}
	addPair(family: string, a: string, b: string): void {
		this.names.push(`${family}:${a}_${b}`);
	}
}

// Family names are a handful of constants: their hashes are computed once.
const familyHashes = new Map<string, number>();
function familyHash(family: string): number {
	let h = familyHashes.get(family);
	if (h === undefined) familyHashes.set(family, (h = fnv1a32(family)));
	return h;
}

export class IndexSink implements FeatureSink {
	private buffer = new Int32Array(512);
	private size = 0;
	add(family: string, value = ''): void {
		this.push(mixHashes(familyHash(family), fnv1a32(value)) & MASK);
	}
	addPair(family: string, a: string, b: string): void {
		this.push(mixHashes(familyHash(family), mixHashes(fnv1a32(a), fnv1a32(b))) & MASK);
	}
	private push(index: number): void {
		if (this.size === this.buffer.length) {
			const bigger = new Int32Array(this.buffer.length * 2);
			bigger.set(this.buffer);
			this.buffer = bigger;
		}
		this.buffer[this.size++] = index;
	}
	/** Distinct indices, ascending (presence features, value 1); empties the sink for reuse. */
	indices(): number[] {
		const sorted = this.buffer.subarray(0, this.size).sort();
		const out: number[] = [];
		for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) out.push(sorted[i]);
		this.size = 0;
		return out;
	}
}

/** Indices of features given as `family:value` names (tests, pair features). */
export function hashFeatures(names: readonly string[]): number[] {
	const sink = new IndexSink();
	for (const n of names) {
		const colon = n.indexOf(':');
		sink.add(colon < 0 ? n : n.slice(0, colon), colon < 0 ? '' : n.slice(colon + 1));
	}
	return sink.indices();
}
