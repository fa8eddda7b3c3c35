// How English news names Indonesian regions: the compass word first and the island in English
// ("Central Java" for Jawa Tengah, "Southwest Papua" for Papua Barat Daya, "East Kotawaringin" for
// Kotawaringin Timur, "West Jakarta" for Jakarta Barat). Derived from the official names, so every
// province and regency with a compass word gets its English form without a list to maintain.

const COMPASS: ReadonlyArray<[string, string]> = [
	['Barat Daya', 'Southwest'],
	['Barat Laut', 'Northwest'],
	['Tenggara', 'Southeast'],
	['Timur Laut', 'Northeast'],
	['Utara', 'North'],
	['Selatan', 'South'],
	['Timur', 'East'],
	['Barat', 'West'],
	['Tengah', 'Central']
];

const ISLANDS: Record<string, string> = { Jawa: 'Java', Sumatera: 'Sumatra' };

/** English forms of a bare region name ("Jawa Tengah" → ["Central Java"]); none without a compass word. */
export function englishRegionNames(bare: string): string[] {
	for (const [id, en] of COMPASS) {
		if (!bare.endsWith(` ${id}`)) continue;
		const rest = bare.slice(0, -id.length - 1);
		const names = [`${en} ${rest}`];
		const island = ISLANDS[rest];
		if (island) names.push(`${en} ${island}`);
		return names;
	}
	return [];
}
