// Names the kind of support a commitment gives: budget, oversight, program, regulation or other.
// One sentence can give several ("lewat fungsi pengawasan dan fungsi anggaran" → oversight + budget).
import type { Category, Lang } from '../../domain/statement';

export interface Categorization {
	categories: Category[];
	signals: string[];
}

interface Keyword {
	re: RegExp;
	category: Category;
}

// Flat alternations only, so matching is linear.
const KEYWORDS: Keyword[] = [
	{ category: 'budget', re: /\b(?:anggaran|menganggarkan|dianggarkan|apbd|apbn|apba|apbd-p|dana|pendanaan|mendanai|alokasi|mengalokasikan|dialokasikan|biaya|membiayai|pembiayaan|hibah|rupiah|rp|budget|budgets|budgetary|fund|funds|funding|allocate|allocation|financing|spending)\b/g },
	{ category: 'oversight', re: /\b(?:mengawasi|awasi|diawasi|pengawasan|mengawal|kawal|dikawal|pengawalan|memantau|pantau|dipantau|pemantauan|monitor|memonitor|monitoring|memanggil|pemanggilan|panggil|dipanggil|mengevaluasi|evaluasi|inspeksi|sidak|audit|mengaudit|angket|interpelasi|oversee|oversees|oversight|supervise|supervision|scrutinize|scrutiny|summon|question|questioning|investigate|watchdog)\b/g },
	{ category: 'regulation', re: /\b(?:perda|raperda|peraturan|regulasi|undang-undang|ruu|legislasi|qanun|raqan|rpjmd|rpjpd|rpjp|perbup|pergub|perwali|perkada|omnibus|law|laws|bill|bills|legislation|regulation|regulations|decree|ordinance|initiative rights|hak inisiatif)\b/g },
	{ category: 'program', re: /\b(?:program|program-program|programs|programme|kegiatan|pembangunan|membangun|pembinaan|pelayanan|bantuan|pemberdayaan|pengembangan|mengembangkan|swasembada|visi misi|janji kampanye|janji-janji kampanye|pertanian|pendidikan|kesehatan|infrastruktur|perbaikan|penanganan|makan bergizi|beasiswa|sekolah|rumah sakit|kitchens?|proyek|project|projects|scheme|services|reintegrasi|rehabilitasi|revitalisasi|penataan kawasan|jalan|jembatan|pasar|puskesmas|irigasi|drainase|air bersih|road|roads|bridge|bridges|clinic|clinics|school|schools|hospital|hospitals)\b/g },
	{ category: 'other', re: /\b(?:birokrasi|komunikasi|koordinasi|kualitas|kinerja|personel|tes urin|disiplin|integritas|quality|performance|personnel|reform|lobi|melobi)\b/g }
];

// Verbs that imply a category when no keyword names one.
const VERB_DEFAULTS: [RegExp, Category][] = [
	[/\b(?:mengesahkan|sahkan|mengesahkannya|menetapkan|legislate|enact|pass)\b/, 'regulation'],
	[/\b(?:memperbaiki|merehabilitasi|membenahi|menata|repair|renovate|mendukung|menyukseskan|sukseskan|mewujudkan|melaksanakan|menjalankan|memperluas|menambah|membantu|memprioritaskan|meningkatkan|memperkuat|kuatkan|support|implement|expand|adding|add|build|provide|develop)\b/, 'program']
];

// Where the object of a commitment ends: purpose and cause clauses name something else.
const STOP_ALL = /\b(?:sehingga|agar|supaya|guna|karena|sebab|so that|in order to|because|until|hingga tidak|how|whether)\b/g;
// Regulation only when a policy is being made, not merely supported.
const POLICY_MAKING = /\b(?:menyusun|membuat|merumuskan|menerbitkan|mengeluarkan|menetapkan|merevisi|mengubah|draft|issue)\s+(?:\w+\s+)?(?:kebijakan|policy|policies)\b/;
// English nouns that modify a following noun ("fund bill", "budget law") rather than head it.
const COMPOUND_MODIFIERS = /^(?:fund|funds|funding|budget|oversight|audit|monitoring)$/;
const MEANS = /\b(?:melalui|lewat|through|via|baik dalam bentuk|dalam bentuk)\b/;

function blank(s: string, re: RegExp): string {
	return s.replace(re, (m) => ' '.repeat(m.length));
}

/** Strips parenthetical glosses and relative clauses ("yang …", "that …") up to the next comma. */
function objectScope(s: string): string {
	let out = blank(s, /\([^()]{0,200}\)/g);
	// "that" after a reporting verb opens the reported commitment, not a relative clause.
	out = blank(out, /(?<!\b(?:said|says|pledged|promised|stated|vowed|emphasized|added|agreed|ensure|ensured)\b[^,;.]{0,25})\b(?:yang|which|that|who)\b[^,;]{0,300}/g);
	return out;
}

function categoriesIn(scope: string, headLast = false): Category[] {
	const found: Category[] = [];
	// Coordinated objects ("menyusun RPJMD dan membahas APBD") each carry their own category.
	for (const part of scope.split(/\s*(?:,|\bdan\b|\bserta\b|\band\b|\bas well as\b)\s*/)) {
		let first: { at: number; end: number; category: Category } | null = null;
		const firstFrom = (from: number): typeof first => {
			let best: typeof first = null;
			for (const k of KEYWORDS) {
				k.re.lastIndex = from;
				const m = k.re.exec(part);
				if (m && (!best || m.index < best.at)) best = { at: m.index, end: m.index + m[0].length, category: k.category };
			}
			return best;
		};
		first = firstFrom(0);
		// English compounds put the head last ("village fund bill"): a keyword right after wins.
		for (let guard = 0; headLast && first && guard < 3; guard++) {
			if (!COMPOUND_MODIFIERS.test(part.slice(first.at, first.end))) break;
			const next = firstFrom(first.end);
			if (!next || !/^\s+$/.test(part.slice(first.end, next.at))) break;
			first = next;
		}
		if (first && !found.includes(first.category)) found.push(first.category);
	}
	return found;
}

/**
 * Categorizes the commitment starting at `cueStart` of `sentence`: keywords in its object first,
 * then in the subject (passives: "pengawasan akan dilakukan"), then the verb's usual category.
 */
export function categorize(sentence: string, cueStart: number, lang: Lang = 'id', kind: 'pledge' | 'request' = 'pledge'): Categorization {
	const headLast = lang === 'en';
	const s = sentence.toLowerCase();
	const signals: string[] = [];
	let after = s.slice(Math.max(0, cueStart));
	// In a request, a purpose word after the cue and its addressee opens what is requested
	// ("meminta agar dewan …", "mendorong pemprov agar segera …"); elsewhere it starts a clause
	// about something else.
	const opensRequest = (word: string, at: number) => kind === 'request' && /^(?:agar|supaya)$/.test(word) && at <= 60;
	const cueLength = /^\S+\s*/.exec(after)?.[0].length ?? 0;
	for (const stop of after.matchAll(STOP_ALL)) {
		if (stop.index > cueLength && !opensRequest(stop[0], stop.index)) {
			after = after.slice(0, stop.index);
			break;
		}
	}
	const means = MEANS.exec(after);
	if (means) {
		const listed = categoriesIn(after.slice(means.index + means[0].length), headLast).filter((c) => c !== 'other');
		if (listed.length > 0) return { categories: listed, signals: ['means'] };
	}
	if (POLICY_MAKING.test(after)) signals.push('policy-making');
	const cats = categoriesIn(objectScope(after), headLast);
	if (signals.length > 0 && !cats.includes('regulation')) cats.unshift('regulation');
	if (cats.length > 0) return { categories: cats, signals: [...signals, 'object'] };
	// Passive or nominal subject: the category sits before the cue.
	const before = objectScope(s.slice(0, Math.max(0, cueStart)));
	const subj = categoriesIn(before, headLast);
	if (subj.length > 0) return { categories: [subj[subj.length - 1]], signals: ['subject'] };
	for (const [re, category] of VERB_DEFAULTS) {
		if (re.test(after)) return { categories: [category], signals: ['verb'] };
	}
	return { categories: [], signals: ['no-category'] };
}
