// Finds the sentences of an article that report progress, delivery or failure of something promised
// ("telah disahkan", "mulai dibangun", "mangkrak", "has been disbursed", "was cancelled") and reads
// which status their words support. Plans, promises and requests are not reports: "akan disahkan",
// "berjanji membangun", "will install", "meminta agar segera dicairkan" are left out, so a
// restatement of a pledge or a new promise never becomes a follow-up. Pure: text in, sentences out.
import type { Category, Language } from '$lib/domain/vocabulary';
import { parseAmounts } from '../extract/parse-amount';
import { splitSentences } from '../extract/split-sentences';
import type { FollowupStatus, ProgressSentence } from './types';

const words = (list: string) => list.trim().split(/\s+/).join('|');

// Failure: the thing will not happen as promised.
const BROKEN = new RegExp(
	`\\b(${words(`batal dibatalkan membatalkan pembatalan dicoret mencoret dicoretnya mencoretnya dihapus ditiadakan
	cancelled canceled cancels scrapped axed abandoned shelved dropped`)}|tidak jadi|urung|tidak (?:lagi )?dianggarkan|tak dianggarkan|dialihkan untuk|diverted to|called off)\\b`,
	'i'
);
// Standing still: begun or promised, not moving, or late.
const STALLED = new RegExp(
	`\\b(${words(`mangkrak terbengkalai ditunda tertunda molor terhenti mandek mandeg macet terkatung-katung
	delayed stalled postponed halted suspended`)}|belum (?:juga )?(?:terealisasi|direalisasikan|dicairkan|disalurkan|dibangun|dikerjakan|selesai|rampung|dimulai|dibahas|disahkan|beroperasi|dipasang|dibuka|ada kejelasan)|tak kunjung|tidak kunjung|on hold|behind schedule|has yet to|have yet to|not yet (?:been )?\\w+|ground to a halt)\\b`,
	'i'
);
// Begun, not finished ("mulai beroperasi" is a service that now runs: delivered, below). An
// inspection or a hearing held is oversight under way.
const BEGUN = new RegExp(
	`\\b(${[
		'mulai (?!beroperasi)\\w+',
		'memulai \\w+',
		'dimulai',
		'sedang (?:dibangun|dikerjakan|dibahas|berjalan|disalurkan)',
		'masih (?:dikerjakan|dibangun|berlangsung)',
		'memasuki tahap',
		'tahap lelang',
		'proses lelang',
		'dilelang',
		'peletakan batu pertama',
		'groundbreaking',
		'melakukan (?:inspeksi|sidak|pemeriksaan|pengawasan|pemantauan|audit|kunjungan kerja)',
		'menggelar (?:sidak|inspeksi|rapat dengar pendapat)',
		'construction (?:began|has begun|started|is under ?way)',
		'work (?:began|started|has begun)',
		'began',
		'begun',
		'started',
		'(?:is|are) under ?way',
		'broke ground',
		'put (?:it )?out to tender',
		'conducted (?:an? )?(?:inspection|audit|hearing)'
	].join('|')})\\b`,
	'i'
);
// Delivered. A bare verb is enough ("meresmikan", "disahkan", "inaugurated"); aspect words make it explicit.
const DONE = new RegExp(
	`\\b(${words(`disahkan mengesahkan diresmikan meresmikan rampung merampungkan diselesaikan menyelesaikan selesai
	dicairkan mencairkan tersalurkan disalurkan menyalurkan diserahkan menyerahkan dibagikan membagikan terpasang dipasang
	memasang disetujui menyetujui terealisasi direalisasikan merealisasikan beroperasi dioperasikan dibuka membuka
	dibentuk membentuk menggerebek menertibkan menindak memanggil merelokasi direlokasi dipindahkan memindahkan mengaudit
	diaudit merehabilitasi direhabilitasi dibangun membangun diluncurkan meluncurkan disediakan menyediakan ditempatkan
	menempatkan menyala dinikmati menikmati
	passed approved enacted adopted disbursed paid completed finished opened inaugurated launched installed delivered
	distributed relocated rebuilt built handed raided audited`)})\\b`,
	'i'
);
const EXPLICIT = /\b(telah|sudah|akhirnya|resmi|kini|has been|have been|had been|was|were|has|have)\b/i;

// Plans and hopes: the words before a delivery verb that make it future ("akan disahkan", "will install").
const FUTURE = /\b(akan|bakal|berencana|rencananya|direncanakan|merencanakan|ditargetkan|menargetkan|diharapkan|berharap|segera|dijadwalkan|will|plans?|planned|planning|expects?|expected|aims?|intends?|to be)\b/i;
// Promising again, or anew: not a report. Passive "dijanjikan" / "the promised" points back instead.
const PROMISE = /\b(berjanji|berkomitmen|komitmen|menjanjikan|siap (?:\w+kan|men\w+|mem\w+|meng\w+|mendukung)|menegaskan akan|memastikan|tetap berkomitmen|pledged? to|pledged|promised to|promise of|promises|repeated its promise|vowed|vows|committed to|commits|mengusulkan)\b/i;
// Asking for delivery is not delivery ("mendesak agar anggaran segera dicairkan").
const REQUEST = /\b(meminta|mendesak|berharap|memohon|urged|urges|asked|calls? on|called on|demanded)\b/i;
// Pointing back at the earlier promise.
const BACK_REFERENCE = /\b(dijanjikan|yang diperjuangkan|sesuai janji|sesuai komitmen|the promised|promised (?:by|last|earlier|in)|as (?:pledged|promised)|pledged (?:by|last|earlier|in))\b/i;
// Part of what was promised: "25 dari 40", "two of the three", "sebagian", "baru Rp 12 miliar".
const NUMBER_WORD = '(?:\\d[\\d.,]*|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|one|two|three|four|five|six|seven|eight|nine|ten)';
const PARTIAL = new RegExp(
	`\\b(${NUMBER_WORD} (?:\\w+ )?(?:dari|of the|of) ${NUMBER_WORD}|(?:Rp\\s?[\\d.,]+ (?:miliar|juta|triliun) )?dari Rp\\s?[\\d.,]+|sebagian|separuh|setengah|baru (?:\\w+ )?(?:Rp|\\d|sebagian)|baru (?:merampungkan|menyelesaikan|menyerahkan|membagikan|memasang|mencairkan|menyalurkan|merelokasi|terealisasi|tersalurkan|dicairkan|disalurkan)|partially|partly|only part|half of|some of the)\\b`,
	'i'
);

const TOPICS: readonly [Category, RegExp][] = [
	['budget', /\b(anggaran|apbd|apbn|dana|pagu|dicairkan|mencairkan|bantuan keuangan|hibah|rp\s?\d|budget|funds?|funding|grants?|disbursed|billion|miliar|triliun)\b/i],
	['regulation', /\b(perda|raperda|peraturan|regulasi|undang-undang|qanun|regulations?|bylaws?|ordinance)\b/i],
	[
		'oversight',
		/\b(pengawasan|mengawasi|diawasi|pemantauan|memantau|sidak|inspeksi|audit|mengaudit|diaudit|pansus|panitia khusus|menyelidiki|penyelidikan|memanggil|menindak|penindakan|menggerebek|menertibkan|oversight|monitoring|inspection|investigat\w*|audited|raided|crackdown)\b/i
	]
];

function firstMatch(re: RegExp, text: string): RegExpExecArray | null {
	return re.exec(text);
}

/** The status a sentence's words support, and the cue that said so; null when it reports nothing. */
export function readStatus(text: string): { status: FollowupStatus; cue: string; at: number } | null {
	const broken = firstMatch(BROKEN, text);
	if (broken) return { status: 'broken', cue: broken[0], at: broken.index };
	const stalled = firstMatch(STALLED, text);
	if (stalled) return { status: 'stalled', cue: stalled[0], at: stalled.index };
	const begun = firstMatch(BEGUN, text);
	if (begun) return { status: 'in_progress', cue: begun[0], at: begun.index };
	const done = firstMatch(DONE, text);
	if (done) return { status: 'kept', cue: done[0], at: done.index };
	return null;
}

/** True when a plan, promise or request governs the cue: it comes before the cue in the sentence. */
function isPlanOrPromise(text: string, cueAt: number, status: FollowupStatus): boolean {
	const head = text.slice(0, cueAt + 1);
	// "Proyek itu akan ditunda", "warga mendesak proyek yang mangkrak dilanjutkan": a failure is news either way.
	if (status === 'broken' || status === 'stalled') return PROMISE.test(head) && !BACK_REFERENCE.test(head);
	const future = FUTURE.exec(head);
	if (future) return true;
	if (REQUEST.test(head)) return true;
	const promise = PROMISE.exec(text);
	return promise !== null && !BACK_REFERENCE.test(text.slice(Math.max(0, promise.index - 12), promise.index + promise[0].length + 12));
}

export function findProgressSentences(body: string, language: Language = 'id'): ProgressSentence[] {
	const found: ProgressSentence[] = [];
	for (const sentence of splitSentences(body)) {
		const read = readStatus(sentence.text);
		if (!read || isPlanOrPromise(sentence.text, read.at, read.status)) continue;
		const partial = PARTIAL.test(sentence.text);
		found.push({
			text: sentence.text,
			start: sentence.start,
			end: sentence.end,
			status: read.status === 'kept' && partial ? 'partly_kept' : read.status,
			cue: read.cue.toLowerCase(),
			categories: TOPICS.filter(([, re]) => re.test(sentence.text)).map(([c]) => c),
			amounts: parseAmounts(sentence.text, language).map((a) => a.value),
			partial,
			refersBack: BACK_REFERENCE.test(sentence.text),
			explicitAspect: EXPLICIT.test(sentence.text.slice(0, read.at + read.cue.length))
		});
	}
	return found;
}
