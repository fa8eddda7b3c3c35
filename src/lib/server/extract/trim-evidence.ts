// Evidence is the sentence a journalist would quote: without the opening quote mark and without
// the trailing attribution (“…,” kata X.), but always an exact slice of the body.
import type { Span } from '../../domain/statement';

const OPENERS = '“"‘\'';
// "SEMARANG, Warta Jateng – " or "Sampit – " opening a story: where it was filed, not what was said.
const DATELINE = /^[\p{Lu}][\p{L}.]*(?: [\p{Lu}][\p{L}.]*){0,3}(?:, ?[\p{L}\d.\- ]{1,40}?)? ?[–—-] (?=[\p{Lu}"“])/u;
const ATTRIBUTION = /^\s*(?:kata|ujar|ucap|tegas|pungkas|jelas|ungkap|tambah|sebut|tutur|imbuh|terang|papar|lanjut|tandas|he|she|they|said|says|added)(?:nya)?\b/i;

export function trimEvidence(body: string, start: number, end: number): Span {
	let a = start;
	let b = end;
	if (a < b && OPENERS.includes(body[a])) a++;
	const slice = body.slice(a, b);
	const close = Math.max(slice.lastIndexOf('”'), slice.lastIndexOf('"'));
	if (close > 0 && ATTRIBUTION.test(slice.slice(close + 1))) {
		b = a + close;
		while (b > a && /[,.\s]/.test(body[b - 1])) b--;
		if (body[b] === '.' || body[b] === '!') b++;
	} else if (close === slice.length - 1 && close > 0) {
		b = a + close;
		while (b > a && /[,\s]/.test(body[b - 1])) b--;
	}
	while (a < b && /\s/.test(body[a])) a++;
	if (a === 0 || body[a - 1] === '\n') {
		const dateline = DATELINE.exec(body.slice(a, Math.min(b, a + 80)));
		if (dateline && b - a - dateline[0].length >= 40) a += dateline[0].length;
	}
	if (b - a < 10) return { text: body.slice(start, end), start, end };
	return { text: body.slice(a, b), start: a, end: b };
}
