// Decides whether a sentence commits its actor to a future action (pledge), asks someone else to
// act (request), or neither (report, prediction, duty, agenda), and how firm the commitment is.
import type { Lang, Strength } from '../../domain/statement';

export type CommitmentKind = 'pledge' | 'request' | 'none';

export interface Commitment {
	kind: CommitmentKind;
	/** Offsets of the cue inside the sentence (-1 when none). */
	cueStart: number;
	cueEnd: number;
	cue: string;
	strength: Strength;
	/** True when the sentence is a pledge rejected because it is negated ("tidak akan"). */
	negated: boolean;
	/** Cue class, used for confidence: explicit commitment verbs score above a bare future tense. */
	cueClass: 'explicit' | 'future' | 'plan' | 'present' | 'directive' | 'request' | 'none';
	signals: string[];
}

interface Cue {
	re: RegExp;
	cls: Commitment['cueClass'];
	strength: Strength;
}

// Every pattern is a flat alternation anchored on word boundaries: no nested quantifiers, so
// matching stays linear on any input.
const ID_PLEDGE: Cue[] = [
	{ re: /\b(?:menyatakan|menegaskan) (?:kesiapan|komitmen)\b/g, cls: 'explicit', strength: 'firm' },
	{ re: /\b(?:berkomitmen|komitmen|berjanji|bertekad|bertekat|siap|bersiap|sanggup|kesiapan)\b/g, cls: 'explicit', strength: 'firm' },
	{ re: /\b(?:mendukung penuh|tentu mendukung|akan terus mendukung|siap mendukung)\b/g, cls: 'explicit', strength: 'firm' },
	{ re: /\b(?:kami|kita|saya) (?:tentu |sangat |juga )?(?:mendukung|memastikan|menjamin)\b/g, cls: 'explicit', strength: 'firm' },
	{ re: /\bakan\b/g, cls: 'future', strength: 'firm' },
	{ re: /\b(?:berencana|rencananya|merencanakan|dengan rencana|menargetkan|mengupayakan|berupaya|berusaha)\b/g, cls: 'plan', strength: 'hedged' },
	{ re: /\b(?:mengalokasikan|menganggarkan|mengucurkan|menyiapkan anggaran|menyiapkan dana)\b/g, cls: 'present', strength: 'firm' },
	{ re: /\b(?:menginstruksikan|memerintahkan)\b/g, cls: 'directive', strength: 'firm' }
];
const EN_PLEDGE: Cue[] = [
	{ re: /\b(?:pledged?|pledges|promised?|promises|vowed?|vows|committed to|commitment to|is ready to|are ready to|ready to|guaranteed?)\b/g, cls: 'explicit', strength: 'firm' },
	{ re: /\b(?:will|would|shall|continues? to|to continue)\b/g, cls: 'future', strength: 'firm' },
	{ re: /\b(?:plans? to|planning to|aims? to|intends? to|targets?|will try|seeks? to|strives? to)\b/g, cls: 'plan', strength: 'hedged' },
	{ re: /\b(?:allocates?|allocated funds|earmarks?)\b/g, cls: 'present', strength: 'firm' },
	{ re: /\b(?:instructed|ordered)\b/g, cls: 'directive', strength: 'firm' }
];
const ID_REQUEST = /\b(?:berharap|harapan|harapkan|meminta|minta|memohon|mengusulkan|mendesak|mengimbau|mengajak|diminta|menuntut|mendorong)\b/g;
// "mendorong X agar …" asks another body to act; "siap/akan mendorong" is the speaker's own (hedged) pledge.
const URGE_OBJECT = /^\s+(?:[\w-]+\s+){1,5}?(?:agar|supaya|untuk segera)\b/;
const OWN_PUSH_BEFORE = /(?:\bsiap|\bakan|\bterus|\bberkomitmen|\bbertekad)\s*$/;
const EN_REQUEST = /\b(?:hopes?|hoped|asked|asks|urged?|urges|called on|calls on|requested|requests|appealed|demanded|is asked|are asked)\b/g;

// A cue preceded by these is not the speaker's own commitment.
const ID_BLOCK_BEFORE = /(?:(?:\byang|\buntuk|\bguna|\bagar|\bdiharapkan|\bbisa|\bdapat|\bmungkin)\s*|\byang \w+\s+)$/;
const EN_BLOCK_BEFORE = /(?:\bwho|\bwhich|\bthat it|\bto|\bif)\s*$/;
const NEGATION_BEFORE = /(?:\btidak|\btak|\bbelum|\bbukan|\benggan|\bnot|\bnever|n't|\bno longer)\s*(?:\w+\s+)?$/;
// Verbs after "akan" that describe what will happen, not what someone will do.
const ID_NON_AGENTIVE = /^\s*(?:segera |terus |kembali |juga )?(?:menjadi|terjadi|berakhir|berlangsung|ada|tiba|datang|mengalami|diselimuti|diguyur|turun|naik|meningkat|menurun|berdampak|memiliki|melibatkan|bertindak|berperan|dilihat|kita lihat|lihat|melihat|diberi|diberikan penghargaan|dihadiri|digelar oleh|mencapai|masuk|memasuki|terdampak|mengancam|berpotensi|dirasakan|menghadapi|sulit|mudah|lebih|semakin)\b/;
const EN_NON_AGENTIVE = /^\s*(?:be expected|be likely|be able|become|happen|occur|end|face|have|be held|be the|be a|be an|be more|be very|likely|probably|depend|affect|remain)\b/;
// Descriptions of duties and rules, not commitments.
const DUTY = /\b(?:stipulates?|mandates?|requires|mengatur|mengamanatkan|mewajibkan|diatur|diamanatkan|amanat undang-undang)\b/;
const PREDICTION = /\b(?:diprediksi|diprakirakan|diperkirakan|diprediksikan|diramalkan|prakiraan|predicted|forecast|expected to|is likely|are likely)\b/;
const PAST = /\b(?:telah|sudah|sempat|pernah|kemarin|lalu|tadi|yesterday|last year|ago|had)\b/;
const ID_CONDITION = /\b(?:jika|apabila|bila|kalau|asalkan|manakala|seandainya|sepanjang anggaran|sesuai kemampuan(?: keuangan)?|jika anggaran)\b/;
const EN_CONDITION = /\b(?:if|as long as|provided that|unless|subject to)\b/;
const ID_HEDGE = /\b(?:berupaya|berusaha|mencoba|coba|mengupayakan|semaksimal mungkin|sebisa mungkin|sedapat mungkin|semampu|berencana|rencananya|merencanakan|menargetkan|dengan rencana|akan mendorong|akan mengusulkan)\b/;
const EN_HEDGE = /\b(?:try|tries|seek|seeks|strive|plans? to|aims? to|intends? to|as far as|push for|hope to)\b/;

function cuesOf(lang: Lang): Cue[] {
	return lang === 'en' ? EN_PLEDGE : ID_PLEDGE;
}

function firstMatch(re: RegExp, s: string, accept: (m: RegExpExecArray) => boolean): RegExpExecArray | null {
	re.lastIndex = 0;
	for (let m = re.exec(s); m; m = re.exec(s)) if (accept(m)) return m;
	return null;
}

const NONE: Commitment = { kind: 'none', cueStart: -1, cueEnd: -1, cue: '', strength: 'firm', negated: false, cueClass: 'none', signals: [] };

// One pass that rules out most sentences before the per-cue patterns run.
const ANY_ID = /\b(?:akan|siap|bersiap|sanggup|komitmen|berkomitmen|kesiapan|berjanji|bertekad|bertekat|mendukung|memastikan|menjamin|berencana|rencananya|merencanakan|rencana|menargetkan|mengupayakan|berupaya|berusaha|mengalokasikan|menganggarkan|mengucurkan|menyiapkan|menginstruksikan|memerintahkan|berharap|harapan|harapkan|meminta|minta|memohon|mengusulkan|mendesak|mengimbau|mengajak|diminta|menuntut|mendorong)\b/;
const ANY_EN = /\b(?:pledge|pledged|pledges|promise|promised|promises|vow|vowed|vows|committed|commitment|ready|guarantee|guaranteed|will|would|shall|continue|continues|plan|plans|planning|aim|aims|intend|intends|target|targets|try|seek|seeks|strive|strives|allocate|allocates|allocated|earmark|earmarks|instructed|ordered|hope|hopes|hoped|asked|asks|urge|urged|urges|called|calls|requested|requests|appealed|demanded)\b/;

/** Classifies one sentence (any case); offsets refer to the sentence as given. */
export function classifyCommitment(sentence: string, lang: Lang = 'id'): Commitment {
	const s = sentence.toLowerCase();
	if (!(lang === 'en' ? ANY_EN : ANY_ID).test(s)) return NONE;
	if (s.trimEnd().endsWith('?')) return { ...NONE, signals: ['question'] };
	const blockBefore = lang === 'en' ? EN_BLOCK_BEFORE : ID_BLOCK_BEFORE;
	const nonAgentive = lang === 'en' ? EN_NON_AGENTIVE : ID_NON_AGENTIVE;
	const signals: string[] = [];
	let negated = false;
	let best: { m: RegExpExecArray; cue: Cue } | null = null;
	for (const cue of cuesOf(lang)) {
		const m = firstMatch(cue.re, s, (x) => {
			const before = s.slice(Math.max(0, x.index - 40), x.index);
			const after = s.slice(x.index + x[0].length, x.index + x[0].length + 40);
			if (blockBefore.test(before)) return false;
			if (NEGATION_BEFORE.test(before)) {
				negated = true;
				return false;
			}
			if (/^\s*(?:not|never|tidak|tak)\b/.test(after)) {
				negated = true;
				return false;
			}
			if ((cue.cls === 'future' || x[0] === 'siap') && nonAgentive.test(after)) return false;
			if (cue.cls === 'present' && PAST.test(s.slice(Math.max(0, x.index - 60), x.index))) return false;
			// "komitmen" as a noun only counts when it is stated ("bentuk komitmen", "Komitmen Penuh").
			if (x[0] === 'komitmen' && !/(?:bentuk|wujud|menyatakan|menegaskan)\s*$/.test(before) && !/^\s*(?:penuh|untuk|dalam)\b/.test(after)) return false;
			if (x[0] === 'kesiapan' && !/(?:menyatakan|menegaskan|menyampaikan)\s*$/.test(before)) return false;
			if (cue.cls === 'future' && lang === 'en' && x[0] === 'would' && !/\b(?:said|says|that|pledged|promised)\b/.test(s.slice(0, x.index))) return false;
			return true;
		});
		if (m && (!best || m.index < best.m.index)) best = { m, cue };
	}
	const reqRe = lang === 'en' ? EN_REQUEST : ID_REQUEST;
	const req = firstMatch(reqRe, s, (x) => {
		// "Asked about the backlog, X said …" is a journalist's question, not a request.
		if (/^(?:asked|asks)$/.test(x[0]) && /^\s*(?:about|how|whether|what|why|when|if)\b/.test(s.slice(x.index + x[0].length, x.index + x[0].length + 10))) return false;
		if (x[0] === 'mendorong') {
			const before = s.slice(Math.max(0, x.index - 15), x.index);
			return !OWN_PUSH_BEFORE.test(before) && URGE_OBJECT.test(s.slice(x.index + x[0].length, x.index + x[0].length + 80));
		}
		return !/(?:\bdi|\byang)\s*$/.test(s.slice(Math.max(0, x.index - 6), x.index)) || x[0] === 'diminta';
	});
	if (req && (!best || req.index < best.m.index)) {
		return { kind: 'request', cueStart: req.index, cueEnd: req.index + req[0].length, cue: req[0], strength: 'firm', negated: false, cueClass: 'request', signals: [`request:${req[0]}`] };
	}
	if (!best) return { ...NONE, negated, signals: negated ? ['negated'] : [] };
	if (PREDICTION.test(s)) return { ...NONE, signals: ['prediction'] };
	if (DUTY.test(s.slice(0, best.m.index))) return { ...NONE, signals: ['duty'] };
	const { m, cue } = best;
	let strength: Strength = cue.strength;
	const cond = lang === 'en' ? EN_CONDITION : ID_CONDITION;
	const hedge = lang === 'en' ? EN_HEDGE : ID_HEDGE;
	if (cond.test(s)) {
		strength = 'conditional';
		signals.push('condition');
	} else if (hedge.test(s) && !/\bsiap mendorong\b/.test(s)) {
		strength = 'hedged';
		signals.push('hedge');
	}
	signals.unshift(`cue:${m[0]}`);
	return { kind: 'pledge', cueStart: m.index, cueEnd: m.index + m[0].length, cue: m[0], strength, negated: false, cueClass: cue.cls, signals };
}
