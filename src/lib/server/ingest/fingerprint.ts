// Content identity: an exact hash of the normalized body, and a 64-bit SimHash of word shingles
// for near-duplicates (syndicated or lightly edited copies), stored as 16 hex digits.
import { createHash } from 'node:crypto';

export function contentHash(body: string): string {
	return createHash('sha256').update(body.toLowerCase().replace(/\s+/g, ' ').trim()).digest('hex');
}

/** FNV-1a, two seeds: 64 bits as two 32-bit halves, so no BigInt is needed in the hot loop. */
function hash32(text: string, seed: number): number {
	let h = seed >>> 0;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	// Final avalanche: FNV's low bits are weak for short inputs.
	h ^= h >>> 16;
	h = Math.imul(h, 0x85ebca6b);
	h ^= h >>> 13;
	h = Math.imul(h, 0xc2b2ae35);
	h ^= h >>> 16;
	return h >>> 0;
}

const SHINGLE = 3;
/** Texts shorter than this many words get no fingerprint: too little text to call two articles copies. */
export const MIN_WORDS = 40;

export function simhash(body: string): string | null {
	const words = body.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
	if (words.length < MIN_WORDS) return null;
	const counts = new Int32Array(64);
	for (let i = 0; i + SHINGLE <= words.length; i++) {
		const shingle = words.slice(i, i + SHINGLE).join(' ');
		const hi = hash32(shingle, 0x811c9dc5);
		const lo = hash32(shingle, 0x9747b28c);
		for (let bit = 0; bit < 32; bit++) {
			counts[bit] += (hi >>> bit) & 1 ? 1 : -1;
			counts[32 + bit] += (lo >>> bit) & 1 ? 1 : -1;
		}
	}
	let hi = 0;
	let lo = 0;
	for (let bit = 0; bit < 32; bit++) {
		if (counts[bit] > 0) hi |= 1 << bit;
		if (counts[32 + bit] > 0) lo |= 1 << bit;
	}
	return (hi >>> 0).toString(16).padStart(8, '0') + (lo >>> 0).toString(16).padStart(8, '0');
}

function popcount32(x: number): number {
	x -= (x >>> 1) & 0x55555555;
	x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
	return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

export function hammingDistance(a: string, b: string): number {
	return (
		popcount32((parseInt(a.slice(0, 8), 16) ^ parseInt(b.slice(0, 8), 16)) >>> 0) +
		popcount32((parseInt(a.slice(8), 16) ^ parseInt(b.slice(8), 16)) >>> 0)
	);
}

/** At most this many differing bits makes a copy at any distance in time. Four 16-bit bands find
 *  every pair within 3 bits by index. */
export const NEAR_DUPLICATE_BITS = 3;
/** Copies published within a few days of each other may differ more: on a 150-word article, an
 *  edited dateline alone moves SimHash by up to ~8 bits, while distinct articles (even templated
 *  demo ones) stay 10+ bits apart. Candidates for this looser test come from the date index. */
export const NEAR_DUPLICATE_BITS_SAME_WEEK = 7;
export const SAME_WEEK_DAYS = 3;

/** Days between two 'YYYY-MM-DD' dates; Infinity when either is unknown. */
export function daysApart(a: string | null, b: string | null): number {
	if (!a || !b) return Infinity;
	return Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
}

export function isNearDuplicate(a: { fingerprint: string; publishedOn: string | null }, b: { fingerprint: string; publishedOn: string | null }): boolean {
	const distance = hammingDistance(a.fingerprint, b.fingerprint);
	return distance <= NEAR_DUPLICATE_BITS || (distance <= NEAR_DUPLICATE_BITS_SAME_WEEK && daysApart(a.publishedOn, b.publishedOn) <= SAME_WEEK_DAYS);
}
