// The region gazetteer: official provinces and regencies/cities from idn-area-data plus the short
// names news uses, looked up by any of their names.
import type { Region, RegionLevel } from '$lib/domain/region';
import { englishRegionNames } from './english-region-names';
import { PROVINCE_ALIASES, REGENCY_ALIASES } from './region-aliases';

export interface AreaRow {
	code: string;
	name: string;
	province_code?: string;
}

export interface Gazetteer {
	readonly regions: readonly Region[];
	byCode(code: string): Region | undefined;
	/**
	 * Finds a region by official name, bare name ("Kotawaringin Timur") or short name ("Kotim").
	 * `level` breaks ties when one bare name is a province, a regency and a city (Bengkulu, Bandung).
	 */
	findRegion(name: string, level?: RegionLevel): Region | undefined;
}

/** Lower-cases and strips the punctuation and prefixes that vary between writers. */
export function normalizeRegionName(name: string): string {
	return name
		.normalize('NFC')
		.toLowerCase()
		.replace(/[.\-–,()]/g, ' ')
		.replace(/\bkab\b/g, 'kabupaten')
		.replace(/\s+/g, ' ')
		.trim()
		.replace(/^(provinsi|prov|propinsi) /, '');
}

const PREFIX = /^(kabupaten|kota administrasi|kota) /;
const PREFIX_WORDS = /^(Kabupaten|Kota Administrasi|Kota) /;

function bareName(officialName: string): string {
	return normalizeRegionName(officialName).replace(PREFIX, '');
}

// Lower number wins when a bare name is shared: a province first, then a regency, then a city.
const LEVEL_RANK: Record<RegionLevel, number> = { province: 0, regency: 1, city: 2 };

/** Builds the gazetteer from the package's rows; pure, so tests can pass their own rows. */
export function buildGazetteer(provinces: AreaRow[], regencies: AreaRow[]): Gazetteer {
	const regions: Region[] = [];
	for (const p of provinces) {
		regions.push({ code: p.code, name: p.name, level: 'province', provinceCode: null, aliases: PROVINCE_ALIASES[p.name] ?? [] });
	}
	for (const r of regencies) {
		const level: RegionLevel = /^Kota /.test(r.name) ? 'city' : 'regency';
		regions.push({
			code: r.code,
			name: r.name,
			level,
			provinceCode: r.province_code ?? r.code.split('.')[0],
			aliases: REGENCY_ALIASES[r.name] ?? []
		});
	}

	const byKey = new Map<string, Region[]>();
	const add = (key: string, region: Region) => {
		const list = byKey.get(key) ?? [];
		if (!list.includes(region)) list.push(region);
		byKey.set(key, list);
	};
	for (const region of regions) {
		add(normalizeRegionName(region.name), region);
		add(bareName(region.name), region);
		for (const alias of region.aliases) add(normalizeRegionName(alias), region);
		for (const english of englishRegionNames(region.name.replace(PREFIX_WORDS, ''))) add(normalizeRegionName(english), region);
	}
	for (const list of byKey.values()) list.sort((a, b) => LEVEL_RANK[a.level] - LEVEL_RANK[b.level]);
	// Writers join or split compound names ("Tulangbawang", "Palangkaraya" for "Tulang Bawang",
	// "Palangka Raya"): a name not found as written is looked up with its spaces removed.
	const bySquashedKey = new Map<string, Region[]>();
	for (const [key, list] of byKey) {
		const squashed = key.replace(/ /g, '');
		if (squashed === key || byKey.has(squashed)) continue;
		const into = bySquashedKey.get(squashed) ?? [];
		for (const r of list) if (!into.includes(r)) into.push(r);
		bySquashedKey.set(squashed, into);
	}
	const codes = new Map(regions.map((r) => [r.code, r]));

	return {
		regions,
		byCode: (code) => codes.get(code),
		findRegion(name, level) {
			const key = normalizeRegionName(name);
			const explicit = PREFIX.exec(key)?.[1];
			const wanted: RegionLevel | undefined =
				explicit === 'kabupaten' ? 'regency' : explicit ? 'city' : level;
			const bare = key.replace(PREFIX, '');
			const list = byKey.get(key) ?? byKey.get(bare) ?? bySquashedKey.get(bare.replace(/ /g, ''));
			if (!list) return undefined;
			return (wanted && list.find((r) => r.level === wanted)) || list[0];
		}
	};
}

let cached: Promise<Gazetteer> | undefined;
let loaded: Gazetteer | undefined;

/** Loads the gazetteer from idn-area-data once per process. */
export function loadGazetteer(): Promise<Gazetteer> {
	cached ??= (async () => {
		const { getProvinces, getRegencies } = await import('idn-area-data');
		const [provinces, regencies] = await Promise.all([getProvinces(), getRegencies()]);
		loaded = buildGazetteer(provinces as AreaRow[], regencies as AreaRow[]);
		return loaded;
	})();
	return cached;
}

/**
 * The gazetteer if this process has loaded it (every server and test has: preparing the database
 * does), for synchronous code such as query builders; undefined before that.
 */
export function loadedGazetteer(): Gazetteer | undefined {
	return loaded;
}
