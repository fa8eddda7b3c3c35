// PostgreSQL's COPY ends CSV records with LF; RFC 4180 (and the paged exporter) end them with CRLF.
// A line break inside a quoted field is data and stays as it is, so the converter tracks, across
// chunk boundaries, whether it is inside quotes. A doubled quote ("") inside a field reads as a
// close and a reopen, which leaves the state right. Scanning uses Buffer.indexOf (memchr), not a
// loop over bytes: a 350 MB export has a few million quotes and line ends, and little else to look at.
const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

export function lfToCrlf(): (chunk: Uint8Array) => Uint8Array {
	let quoted = false;
	return (chunk) => {
		const buf = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
		const ends: number[] = [];
		let i = 0;
		while (i < buf.length) {
			if (quoted) {
				const close = buf.indexOf(QUOTE, i);
				if (close === -1) break;
				quoted = false;
				i = close + 1;
				continue;
			}
			const lf = buf.indexOf(LF, i);
			const open = buf.indexOf(QUOTE, i);
			if (open === -1 && lf === -1) break;
			if (open === -1 || (lf !== -1 && lf < open)) {
				// Every record end up to the next quote, without searching for that quote again.
				let at = lf;
				const stop = open === -1 ? buf.length : open;
				while (at !== -1 && at < stop) {
					ends.push(at);
					at = buf.indexOf(LF, at + 1);
				}
				i = stop;
				continue;
			}
			quoted = true;
			i = open + 1;
		}
		if (!ends.length) return chunk;
		const out = Buffer.allocUnsafe(buf.length + ends.length);
		let from = 0;
		let to = 0;
		for (const end of ends) {
			to += buf.copy(out, to, from, end);
			out[to++] = CR;
			from = end;
		}
		buf.copy(out, to, from);
		return out;
	};
}
