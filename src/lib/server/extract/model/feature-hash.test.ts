import { describe, expect, it } from 'vitest';
import { featureIndex, fnv1a32, hashFeatures, HASH_BITS, IndexSink, NameSink } from './feature-hash';

describe('feature hashing', () => {
	it('computes FNV-1a as published (test vectors)', () => {
		expect(fnv1a32('')).toBe(0x811c9dc5);
		expect(fnv1a32('a')).toBe(0xe40c292c);
		expect(fnv1a32('foobar')).toBe(0xbf9cf968);
	});

	it('gives a feature the same index every time, inside the hash space', () => {
		const a = featureIndex('w', 'anggaran');
		expect(featureIndex('w', 'anggaran')).toBe(a);
		expect(a).toBeGreaterThanOrEqual(0);
		expect(a).toBeLessThan(2 ** HASH_BITS);
	});

	it('keeps families apart: the same word as a word and as a stem are two features', () => {
		expect(featureIndex('w', 'awas')).not.toBe(featureIndex('s', 'awas'));
		expect(featureIndex('pre', 'akan')).not.toBe(featureIndex('post', 'akan'));
	});

	it('collects distinct indices in ascending order, and the sink is reusable', () => {
		const sink = new IndexSink();
		sink.add('w', 'dana');
		sink.add('w', 'dana');
		sink.addPair('b', 'siap', 'mendukung');
		sink.add('bias');
		const first = sink.indices();
		expect(first).toHaveLength(3);
		expect([...first].sort((x, y) => x - y)).toEqual(first);
		sink.add('w', 'dana');
		expect(sink.indices()).toEqual([featureIndex('w', 'dana')]);
	});

	it('hashes names the way the sink hashes families and values', () => {
		expect(hashFeatures(['w:dana', 'bias'])).toEqual([featureIndex('w', 'dana'), featureIndex('bias', '')].sort((a, b) => a - b));
	});

	it('names features readably for tests and debugging', () => {
		const names = new NameSink();
		names.add('w', 'dana');
		names.addPair('b', 'siap', 'mendukung');
		expect(names.names).toEqual(['w:dana', 'b:siap_mendukung']);
	});
});
