// Evidence is the sentence a journalist would quote: without the opening quote mark and without
// the trailing attribution (“…,” kata X.), but always an exact slice of the body.
import type { Span } from '../../domain/statement';

const OPENERS = '“"‘\'';
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
	if (b - a < 10) return { text: body.slice(start, end), start, end };
	return { text: body.slice(a, b), start: a, end: b };
}
