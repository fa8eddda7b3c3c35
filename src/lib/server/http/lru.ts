// A least-recently-used map bounded by entry count and, optionally, by total size, so a crawler
// walking every filter combination cannot grow a cache without limit.

export interface LruOptions<V> {
	maxEntries: number;
	/** Total of sizeOf over all entries; the least recently used go first when it is exceeded. */
	maxSize?: number;
	sizeOf?: (value: V) => number;
}

export class LruCache<K, V> {
	// A Map iterates in insertion order: re-inserting on every hit keeps the oldest first.
	private readonly entries = new Map<K, V>();
	private size = 0;

	constructor(private readonly options: LruOptions<V>) {}

	get(key: K): V | undefined {
		const value = this.entries.get(key);
		if (value === undefined) return undefined;
		this.entries.delete(key);
		this.entries.set(key, value);
		return value;
	}

	set(key: K, value: V): void {
		this.delete(key);
		const size = this.options.sizeOf?.(value) ?? 0;
		// One value larger than the whole budget would only evict everything else.
		if (this.options.maxSize !== undefined && size > this.options.maxSize) return;
		this.entries.set(key, value);
		this.size += size;
		while (this.entries.size > this.options.maxEntries || (this.options.maxSize !== undefined && this.size > this.options.maxSize)) {
			const oldest = this.entries.keys().next().value as K;
			this.delete(oldest);
		}
	}

	delete(key: K): void {
		const value = this.entries.get(key);
		if (value === undefined) return;
		this.entries.delete(key);
		this.size -= this.options.sizeOf?.(value) ?? 0;
	}

	get count(): number {
		return this.entries.size;
	}

	get totalSize(): number {
		return this.size;
	}
}
