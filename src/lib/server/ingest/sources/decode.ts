// Bytes → text with the checks a user needs to hear about: binary files and invalid UTF-8.
import iconv from 'iconv-lite';

export class DecodeError extends Error {}

export function looksBinary(bytes: Uint8Array): boolean {
	const sample = bytes.subarray(0, 8192);
	let odd = 0;
	for (const b of sample) {
		if (b === 0) return true;
		if (b < 7 || (b > 13 && b < 32)) odd++;
	}
	return odd > sample.length / 20;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Strict UTF-8 decoding; names the byte offset of the first bad sequence. */
export function decodeUtf8(bytes: Uint8Array): string {
	try {
		return utf8.decode(bytes).replace(/^\ufeff/, '');
	} catch {
		throw new DecodeError(`not valid UTF-8 near byte ${firstInvalidByte(bytes)}; save the file as UTF-8`);
	}
}

function firstInvalidByte(bytes: Uint8Array): number {
	// Binary search on the longest valid prefix: fine for error paths only.
	let lo = 0;
	let hi = bytes.length;
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		try {
			new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
			lo = mid;
		} catch {
			hi = mid - 1;
		}
	}
	return lo;
}

/** Decodes web content in its declared charset; unknown charsets fall back to UTF-8. */
export function decodeCharset(bytes: Uint8Array, charset: string | null): string {
	const name = (charset ?? 'utf-8').trim().toLowerCase().replace(/^["']|["']$/g, '');
	if (name === 'utf-8' || name === 'utf8' || !iconv.encodingExists(name)) {
		return new TextDecoder('utf-8').decode(bytes).replace(/^\ufeff/, '');
	}
	return iconv.decode(Buffer.from(bytes), name);
}
