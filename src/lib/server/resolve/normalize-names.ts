// The normalized forms names are matched by: exact alias keys, looser variant keys, slugs, and
// person names stripped of honorifics and academic degrees.

/** The alias key: NFC, lower-case, punctuation that writers vary dropped, whitespace collapsed. */
export function normalizeAlias(name: string): string {
	return name
		.normalize('NFC')
		.toLowerCase()
		.replace(/[.,'"’“”()]/g, ' ')
		.replace(/[-–—/]/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

const FILLER = /\b(provinsi|prov|propinsi|kabupaten|kab|kota|republik indonesia|ri|persero|the|of)\b/g;

/** A looser key: level words and fillers dropped ("DPRD Provinsi Kalteng" ~ "DPRD Kalteng"). Only
 *  trusted when kind, level and region also agree, since "DPRD Kota Bengkulu" shares it with the province. */
export function aliasVariant(name: string): string {
	return normalizeAlias(name).replace(FILLER, ' ').replace(/\s+/g, ' ').trim();
}

export function slugify(name: string): string {
	return (
		name
			.normalize('NFKD')
			.replace(/[\u0300-\u036f]/g, '')
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '')
			.slice(0, 80) || 'unnamed'
	);
}

const HONORIFICS = /^(bapak|pak|ibu|bu|sdr|sdri|saudara|saudari|mr|mrs|ms|dr|drs|dra|ir|prof|h|hj|kh|ust|ustadz|st|brigjen|irjen|kombes|akbp|kompol|letjen|mayjen|jenderal|gen)$/i;
const DEGREES = /^(s|m|dr|st|se|sh|si|sp|sos|sip|ip|ag|pd|kom|kes|ked|hum|ak|mm|mh|msi|mkes|mpd|mba|ma|phd|ph|d|mt|ssos|sh|spd|sag|skom|skm|amd|cpa)$/i;

/** "Drs. H. Arton S. Dohong, M.Si" → "arton s dohong". */
export function normalizePersonName(name: string): string {
	const [main] = name.normalize('NFC').split(',');
	const words = main
		.replace(/[.]/g, ' ')
		.split(/\s+/)
		.filter(Boolean);
	while (words.length > 1 && HONORIFICS.test(words[0])) words.shift();
	while (words.length > 1 && DEGREES.test(words[words.length - 1]) && words[words.length - 1].length <= 4 && words[words.length - 1] === words[words.length - 1].toUpperCase()) words.pop();
	return words.join(' ').toLowerCase();
}
