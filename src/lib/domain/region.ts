// Indonesian administrative regions as the rest of the app sees them.

export type RegionLevel = 'province' | 'regency' | 'city';

export interface Region {
	/** Official Kemendagri code: "62" for a province, "62.02" for a regency or city. */
	code: string;
	/** Official name: "Kalimantan Tengah", "Kabupaten Kotawaringin Timur", "Kota Palangkaraya". */
	name: string;
	level: RegionLevel;
	/** The province a regency or city belongs to; null for provinces. */
	provinceCode: string | null;
	/** Short names news uses ("Kalteng", "Kotim"), lower-case-insensitive, without the official name. */
	aliases: string[];
}
