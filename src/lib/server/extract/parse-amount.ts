// Rupiah amounts as news writes them: "Rp 1,4 triliun", "Rp60 miliar", "Rp 9,2 triliun lebih",
// "35 milyar rupiah", "Rp 12.345.678.901", "2.5 billion rupiah" → value in IDR + qualifier.
import type { Amount, AmountQualifier, Lang } from '../../domain/statement';

const SCALE: Record<string, number> = {
	ribu: 1e3,
	rb: 1e3,
	juta: 1e6,
	jt: 1e6,
	miliar: 1e9,
	milyar: 1e9,
	m: 1e9,
	triliun: 1e12,
	trilyun: 1e12,
	t: 1e12,
	thousand: 1e3,
	million: 1e6,
	billion: 1e9,
	trillion: 1e12
};

// One pass, no nested quantifiers: optional currency, a number with separators, optional scale
// word, optional "rupiah". Context words around it are checked separately.
const AMOUNT = /(Rp\.?\s?|IDR\s?)?(\d{1,3}(?:[.,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)(?:\s?(ribu|rb|juta|jt|miliar|milyar|triliun|trilyun|thousand|million|billion|trillion|m|t)\b)?(\s?rupiah)?/gi;
const MONEY_CONTEXT = /(?:anggaran|dana|senilai|sebesar|biaya|total|mencapai|alokasi|pagu|budget|worth|fund|funds|funding|hibah|bantuan)\s*(?:\S+\s*)?$/i;

/** Parses a number written with Indonesian or English separators. */
export function parseNumber(raw: string, lang: Lang = 'id'): number {
	const dots = (raw.match(/\./g) ?? []).length;
	const commas = (raw.match(/,/g) ?? []).length;
	if (dots && commas) {
		// The separator that comes last is the decimal one.
		const dec = raw.lastIndexOf('.') > raw.lastIndexOf(',') ? '.' : ',';
		const thou = dec === '.' ? ',' : '.';
		return Number(raw.split(thou).join('').replace(dec, '.'));
	}
	const sep = dots ? '.' : commas ? ',' : '';
	if (!sep) return Number(raw);
	const parts = raw.split(sep);
	const grouped = parts.length > 2 || (parts[1].length === 3 && (sep === '.' ? lang === 'id' : lang === 'en'));
	return grouped ? Number(parts.join('')) : Number(parts.join('.'));
}

function qualifierAround(before: string, after: string): AmountQualifier {
	const b = before.toLowerCase();
	const a = after.toLowerCase();
	if (/^\s*(?:lebih|more|plus|\+)\b/.test(a) || /(?:lebih dari|di atas|more than|over|above|at least|minimal|sedikitnya|setidaknya)\s*$/.test(b)) return 'more_than';
	if (/(?:sekitar|kurang lebih|hampir|kira-kira|lebih kurang|about|around|nearly|approximately|almost|roughly|some|±|~)\s*$/.test(b)) return 'about';
	if (/(?:hingga|sampai|maksimal|paling banyak|up to|as much as|at most|maximum of)\s*$/.test(b)) return 'up_to';
	return 'exact';
}

/** Every rupiah amount in `text`, with offsets relative to `text` shifted by `offset`. */
export function parseAmounts(text: string, lang: Lang = 'id', offset = 0): Amount[] {
	const out: Amount[] = [];
	AMOUNT.lastIndex = 0;
	for (let m = AMOUNT.exec(text); m; m = AMOUNT.exec(text)) {
		const [whole, cur, num, scaleWord, rupiah] = m;
		const before = text.slice(Math.max(0, m.index - 30), m.index);
		const isMoney = !!cur || !!rupiah || (!!scaleWord && scaleWord.length > 2 && MONEY_CONTEXT.test(before));
		if (!isMoney) continue;
		// "m"/"t" alone are scales only right after "Rp" ("Rp 5 M").
		const scaleKey = scaleWord?.toLowerCase();
		if (scaleKey && scaleKey.length === 1 && !cur) continue;
		const value = parseNumber(num, cur && !scaleKey ? 'id' : lang) * (scaleKey ? SCALE[scaleKey] : 1);
		if (!Number.isFinite(value) || value <= 0) continue;
		const end = m.index + whole.trimEnd().length;
		const after = text.slice(end, end + 12);
		let spanEnd = end;
		const lebih = /^\s?(?:lebih)\b/i.exec(after);
		if (lebih) spanEnd += lebih[0].length;
		out.push({
			value: Math.round(value),
			currency: 'IDR',
			qualifier: qualifierAround(before, after),
			span: { text: text.slice(m.index, spanEnd), start: offset + m.index, end: offset + spanEnd }
		});
	}
	return out;
}
