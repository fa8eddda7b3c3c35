// Finds sentences in a later article that report delivery (a budget passed, a programme launched,
// a regulation enacted), with the topic they concern. Pure: text in, candidate sentences out.
// Deliberately simple and high-recall: every match is only a suggestion an editor accepts or not.
import type { Category } from '$lib/domain/vocabulary';
import { splitSentences } from '../extract/split-sentences';

export interface DeliverySentence {
	text: string;
	start: number;
	end: number;
	categories: Category[];
	cue: string;
}

const DELIVERY =
	/\b(disahkan|mengesahkan|menyetujui|disetujui|meresmikan|diresmikan|diluncurkan|meluncurkan|direalisasikan|dicairkan|mencairkan|ditetapkan|menetapkan|rampung|passed|approved|launched|inaugurated|enacted|disbursed|completed)\b/i;
// Plans and hopes are not delivery: "akan disahkan", "will be approved", "ditargetkan rampung".
const NOT_YET = /\b(akan|belum|berencana|rencana|ditargetkan|menargetkan|diharapkan|berharap|segera|will|plans?|expected|hopes?|not yet)\b/i;

const TOPICS: [Category, RegExp][] = [
	['budget', /\b(anggaran|apbd|apbn|dana|rp\s?\d|budget|funds?|funding|allocation)\b/i],
	['regulation', /\b(perda|raperda|peraturan|regulasi|undang-undang|regulation|bylaw|law)\b/i],
	['program', /\b(program|programme|kegiatan|layanan|pembangunan|gedung|service|project)\b/i],
	['oversight', /\b(pengawasan|sidak|inspeksi|audit|oversight|inspection)\b/i]
];

export function findDeliverySentences(body: string): DeliverySentence[] {
	const found: DeliverySentence[] = [];
	for (const sentence of splitSentences(body)) {
		const cue = DELIVERY.exec(sentence.text);
		if (!cue || NOT_YET.test(sentence.text)) continue;
		const categories = TOPICS.filter(([, re]) => re.test(sentence.text)).map(([c]) => c);
		if (!categories.length) continue;
		found.push({ text: sentence.text, start: sentence.start, end: sentence.end, categories, cue: cue[1].toLowerCase() });
	}
	return found;
}
