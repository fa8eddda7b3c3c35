// Region lookups repeat across articles ("Kalteng" in every story); caching them keeps extraction
// fast. The cache is per gazetteer object, so tests with their own rows get their own cache.
import type { Gazetteer } from '../resolve/gazetteer';

const caches = new WeakMap<Gazetteer, Gazetteer>();
const MAX_ENTRIES = 50_000;

export function memoizedGazetteer(g: Gazetteer): Gazetteer {
	const hit = caches.get(g);
	if (hit) return hit;
	let memo = new Map<string, ReturnType<Gazetteer['findRegion']>>();
	const wrapped: Gazetteer = {
		regions: g.regions,
		byCode: (code) => g.byCode(code),
		findRegion(name, level) {
			const key = `${level ?? ''}|${name}`;
			if (memo.has(key)) return memo.get(key);
			const r = g.findRegion(name, level);
			if (memo.size >= MAX_ENTRIES) memo = new Map(); // bounded: random input cannot grow it forever
			memo.set(key, r);
			return r;
		}
	};
	caches.set(g, wrapped);
	caches.set(wrapped, wrapped);
	return wrapped;
}
