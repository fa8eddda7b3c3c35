// WOFF 1.0 → the TrueType/OpenType file inside it. The PNG renderer (resvg) reads only plain
// TrueType/OpenType, and the font package ships WOFF: each table is zlib-compressed on its own, so
// unpacking them and writing the sfnt table directory back is all a WOFF decoder has to do.
// Spec: W3C WOFF File Format 1.0, sections 3–5.
import { inflateSync } from 'node:zlib';

const WOFF_SIGNATURE = 0x774f4646; // 'wOFF'

export function woffToSfnt(woff: Buffer): Buffer {
	if (woff.length < 44 || woff.readUInt32BE(0) !== WOFF_SIGNATURE) throw new Error('font: not a WOFF 1.0 file (expected the signature "wOFF")');
	const flavor = woff.readUInt32BE(4);
	const numTables = woff.readUInt16BE(12);
	const tables: { tag: number; checksum: number; data: Buffer }[] = [];
	for (let i = 0; i < numTables; i++) {
		const entry = 44 + i * 20;
		const offset = woff.readUInt32BE(entry + 4);
		const compLength = woff.readUInt32BE(entry + 8);
		const origLength = woff.readUInt32BE(entry + 12);
		if (offset + compLength > woff.length) throw new Error(`font: table ${i} runs past the end of the file`);
		const raw = woff.subarray(offset, offset + compLength);
		const data = compLength < origLength ? inflateSync(raw) : raw;
		if (data.length !== origLength) throw new Error(`font: table ${i} unpacks to ${data.length} bytes, expected ${origLength}`);
		tables.push({ tag: woff.readUInt32BE(entry), checksum: woff.readUInt32BE(entry + 16), data });
	}
	const entrySelector = Math.floor(Math.log2(numTables));
	const searchRange = 2 ** entrySelector * 16;
	const headerSize = 12 + 16 * numTables;
	const padded = (n: number) => (n + 3) & ~3;
	const out = Buffer.alloc(headerSize + tables.reduce((n, t) => n + padded(t.data.length), 0));
	out.writeUInt32BE(flavor, 0);
	out.writeUInt16BE(numTables, 4);
	out.writeUInt16BE(searchRange, 6);
	out.writeUInt16BE(entrySelector, 8);
	out.writeUInt16BE(numTables * 16 - searchRange, 10);
	let position = headerSize;
	tables.forEach((t, i) => {
		const record = 12 + i * 16;
		out.writeUInt32BE(t.tag, record);
		out.writeUInt32BE(t.checksum, record + 4);
		out.writeUInt32BE(position, record + 8);
		out.writeUInt32BE(t.data.length, record + 12);
		t.data.copy(out, position);
		position += padded(t.data.length);
	});
	return out;
}
