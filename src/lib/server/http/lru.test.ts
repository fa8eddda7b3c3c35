import { describe, expect, it } from 'vitest';
import { LruCache } from './lru';

describe('LruCache', () => {
	it('forgets the least recently used entry when over the entry limit', () => {
		const lru = new LruCache<string, number>({ maxEntries: 2 });
		lru.set('a', 1);
		lru.set('b', 2);
		expect(lru.get('a')).toBe(1); // a is now the most recent
		lru.set('c', 3);
		expect(lru.get('b')).toBeUndefined();
		expect(lru.get('a')).toBe(1);
		expect(lru.get('c')).toBe(3);
	});

	it('keeps the total size within its budget and refuses a value larger than all of it', () => {
		const lru = new LruCache<string, string>({ maxEntries: 100, maxSize: 10, sizeOf: (v) => v.length });
		lru.set('a', 'xxxx');
		lru.set('b', 'yyyy');
		lru.set('c', 'zzzz');
		expect(lru.totalSize).toBe(8);
		expect(lru.get('a')).toBeUndefined();
		lru.set('huge', 'x'.repeat(11));
		expect(lru.get('huge')).toBeUndefined();
		expect(lru.count).toBe(2);
		lru.set('b', 'y');
		expect(lru.totalSize).toBe(5);
	});
});
