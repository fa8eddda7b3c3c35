// A tile-grid map of Indonesia's 38 provinces: one equal square per province, placed roughly where
// it lies (Sumatra west, Papua east), so small provinces are as visible as large ones.
import { scaleQuantize } from 'd3-scale';
import { SEQUENTIAL } from './palette';

/** Province code → [column, row, ISO 3166-2:ID short code]. */
export const PROVINCE_TILES: Record<string, [number, number, string]> = {
	'11': [0, 0, 'AC'],
	'12': [0, 1, 'SU'],
	'14': [1, 1, 'RI'],
	'21': [2, 1, 'KR'],
	'13': [0, 2, 'SB'],
	'15': [1, 2, 'JA'],
	'19': [2, 2, 'BB'],
	'17': [0, 3, 'BE'],
	'16': [1, 3, 'SS'],
	'18': [1, 4, 'LA'],
	'36': [1, 5, 'BT'],
	'31': [2, 5, 'JK'],
	'32': [3, 5, 'JB'],
	'33': [4, 5, 'JT'],
	'34': [4, 6, 'YO'],
	'35': [5, 5, 'JI'],
	'51': [6, 5, 'BA'],
	'52': [7, 5, 'NB'],
	'53': [8, 5, 'NT'],
	'65': [5, 0, 'KU'],
	'61': [4, 1, 'KB'],
	'64': [5, 1, 'KI'],
	'62': [4, 2, 'KT'],
	'63': [5, 2, 'KS'],
	'75': [7, 1, 'GO'],
	'71': [8, 1, 'SA'],
	'76': [6, 2, 'SR'],
	'72': [7, 2, 'ST'],
	'73': [6, 3, 'SN'],
	'74': [7, 3, 'SG'],
	'82': [9, 1, 'MU'],
	'81': [9, 3, 'MA'],
	'96': [10, 2, 'PD'],
	'92': [11, 2, 'PB'],
	'91': [12, 2, 'PA'],
	'94': [11, 3, 'PT'],
	'95': [12, 3, 'PE'],
	'93': [12, 4, 'PS']
};

export interface Tile {
	code: string;
	short: string;
	name: string;
	value: number;
	x: number;
	y: number;
	fill: string;
	dark: boolean;
}

export function layoutTiles(provinces: { code: string; name: string; value: number }[], size: number, gap = 4): { tiles: Tile[]; width: number; height: number } {
	const max = Math.max(1, ...provinces.map((p) => p.value));
	// Zero gets the lightest step of its own; counts spread over the darker five.
	const shade = scaleQuantize<number>().domain([0, max]).range([1, 2, 3, 4, 5]);
	const tiles: Tile[] = [];
	for (const p of provinces) {
		const pos = PROVINCE_TILES[p.code];
		if (!pos) continue;
		const step = p.value === 0 ? 0 : shade(p.value);
		tiles.push({ code: p.code, short: pos[2], name: p.name, value: p.value, x: pos[0] * (size + gap), y: pos[1] * (size + gap), fill: SEQUENTIAL[step], dark: step >= 3 });
	}
	return { tiles, width: 13 * (size + gap) - gap, height: 7 * (size + gap) - gap };
}
