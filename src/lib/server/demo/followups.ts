// The demo's later news (issue 12, item 6): months after a demo pledge, a fictional report says what
// became of it — delivered, partly, under way, stalled or dropped — or nothing at all, so some
// pledges pass their deadline in silence. Deterministic, with its own seed, so the pledge articles
// before it stay exactly as they were. Every person, amount and event is invented.
import type { DemoArticle, DemoPledge } from './generate';
import { officialName } from './cast';
import { Random } from './random';
import { FILLERS_EN, FILLERS_ID } from './topics';

export type DemoOutcome = 'kept' | 'partly_kept' | 'in_progress' | 'stalled' | 'broken' | 'silent';

// About a third of the pledges hear nothing more; the rest a spread of outcomes.
const OUTCOMES: readonly [DemoOutcome, number][] = [
	['kept', 0.24],
	['partly_kept', 0.12],
	['in_progress', 0.12],
	['stalled', 0.1],
	['broken', 0.08],
	['silent', 0.34]
];

/** The last day a demo report may carry: the demo's news stops here. */
const LAST_REPORT = Date.UTC(2026, 9, 31);

/** When the demo's officials change (./generate.ts: halfway through its 24 months). */
const TERM_CHANGE = Date.UTC(2025, 0, 1);

const HARI = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'];
const DAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function outcomeOf(random: Random): DemoOutcome {
	let roll = random.next();
	for (const [outcome, share] of OUTCOMES) {
		if (roll < share) return outcome;
		roll -= share;
	}
	return 'silent';
}

function later(date: Date, random: Random, minMonths: number, maxMonths: number): Date | null {
	const d = new Date(date);
	d.setUTCMonth(d.getUTCMonth() + random.int(minMonths, maxMonths));
	d.setUTCDate(random.int(1, 28));
	return d.getTime() <= LAST_REPORT ? d : null;
}

function ddmmyyyy(date: Date): string {
	return `${date.getUTCDate()}/${date.getUTCMonth() + 1}/${date.getUTCFullYear()}`;
}

function capitalize(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

function slug(text: string): string {
	return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
}

const rp = (billions: number) => `Rp ${billions} miliar`;

/** The report's sentence in Indonesian, naming the institution as the pledge article did. */
function sentenceId(p: DemoPledge, outcome: Exclude<DemoOutcome, 'silent'>, on: Date, random: Random): string {
	const legislature = p.institution.startsWith('DPRD');
	const year = on.getUTCFullYear();
	const part = p.billions !== null ? Math.max(1, Math.round(p.billions * random.int(30, 60) / 100)) : null;
	switch (outcome) {
		case 'kept':
			if (legislature) return `${p.institution} telah mengesahkan anggaran ${p.billions !== null ? `${rp(p.billions)} ` : ''}untuk ${p.topic.id} dalam APBD ${year}, ${HARI[on.getUTCDay()]} (${ddmmyyyy(on)}).`;
			return `${p.institution} telah menyelesaikan ${p.topic.id}, ${HARI[on.getUTCDay()]} (${ddmmyyyy(on)}).`;
		case 'partly_kept':
			return part !== null
				? `${p.institution} baru merealisasikan ${rp(part)} dari ${rp(p.billions!)} yang dijanjikan untuk ${p.topic.id}.`
				: `${p.institution} baru menyelesaikan sebagian ${p.topic.id} yang dijanjikan.`;
		case 'in_progress':
			return `Pekerjaan ${p.topic.id} yang didanai ${p.institution} mulai dikerjakan pekan ini, ${HARI[on.getUTCDay()]} (${ddmmyyyy(on)}).`;
		case 'stalled':
			return `${capitalize(p.topic.id)} yang dijanjikan ${p.institution} belum terealisasi hingga kini karena ${random.pick(['proses lelang dua kali gagal', 'dokumen perencanaannya belum lengkap', 'kontraktor meninggalkan pekerjaan'])}.`;
		case 'broken':
			return `Anggaran ${p.topic.id} yang dijanjikan ${p.institution} dicoret dari APBD ${year} karena defisit keuangan daerah.`;
	}
}

// Written as the English pledge articles name the council ("DPRD Kalteng chair … said"): the
// extractor reads that form as the provincial legislature.
function sentenceEn(p: DemoPledge, outcome: Exclude<DemoOutcome, 'silent'>, on: Date, random: Random): string {
	const year = on.getUTCFullYear();
	const part = p.billions !== null ? Math.max(1, Math.round(p.billions * random.int(30, 60) / 100)) : null;
	const chair = `${p.institution} chair ${officialName(p.provinceIndex, 'dprdProv', on.getTime() < TERM_CHANGE ? 0 : 1)} said`;
	switch (outcome) {
		case 'kept':
			return `${chair} the council has approved Rp ${p.billions} billion for ${p.topic.en} in the ${year} budget.`;
		case 'partly_kept':
			return `${chair} the council has disbursed only part of the funds for ${p.topic.en}: Rp ${part} billion of Rp ${p.billions} billion.`;
		case 'in_progress':
			return `${chair} work on ${p.topic.en} funded by the council began this month.`;
		case 'stalled':
			return `${chair} ${p.topic.en}, which the council backed, has stalled after the tender failed twice.`;
		case 'broken':
			return `${chair} the council dropped ${p.topic.en} from the ${year} budget, citing a revenue shortfall.`;
	}
}

const TITLE_ID: Record<Exclude<DemoOutcome, 'silent'>, string> = {
	kept: 'Terealisasi',
	partly_kept: 'Baru Sebagian',
	in_progress: 'Mulai Dikerjakan',
	stalled: 'Belum Terealisasi',
	broken: 'Dicoret'
};
const TITLE_EN: Record<Exclude<DemoOutcome, 'silent'>, string> = {
	kept: 'funded',
	partly_kept: 'only partly funded',
	in_progress: 'under way',
	stalled: 'stalled',
	broken: 'dropped'
};

function report(p: DemoPledge, outcome: Exclude<DemoOutcome, 'silent'>, on: Date, random: Random, n: number): DemoArticle {
	const published = on.toISOString().slice(0, 10);
	if (p.lang === 'en') {
		// A lead sentence first: the extractor reads "DPRD Kalteng" right after an English dateline as the dateline town's council.
		const lines = [
			`${p.province.capitalEn.toUpperCase()} (Archipelago Times) – Members of the ${p.province.name} provincial legislature met reporters on ${DAYS_EN[on.getUTCDay()]}.`,
			sentenceEn(p, outcome, on, random),
			random.pick(FILLERS_EN),
			`This is follow-up ${5000 + n} in the Archipelago Times regional series.`
		];
		return {
			url: `https://archipelago-times.example/follow-up/${on.getUTCFullYear()}/${n}-${slug(p.topic.en)}`,
			outlet: 'Archipelago Times',
			title: `${capitalize(p.topic.en)} in ${p.province.name}: ${TITLE_EN[outcome]}`,
			text: lines.join('\n'),
			published,
			lang: 'en'
		};
	}
	const outlet = p.province.outlet;
	const lines = [
		`${p.province.capital.toUpperCase()}, ${outlet.name} – ${sentenceId(p, outcome, on, random)}`,
		random.pick(FILLERS_ID),
		`Laporan tindak lanjut ini disusun redaksi ${outlet.name} dengan nomor arsip ${6000 + n}.`
	];
	return {
		url: `https://${outlet.domain}/tindak-lanjut/${on.getUTCFullYear()}/${n}-${slug(p.topic.id)}`,
		outlet: outlet.name,
		title: `${capitalize(p.topic.id.split(' ').slice(0, 5).join(' '))}: ${TITLE_ID[outcome]}`,
		text: lines.join('\n'),
		published,
		lang: 'id'
	};
}

/** What became of each pledge, by its index (for tests and the closing counts). */
export function demoOutcomes(pledges: readonly DemoPledge[]): Map<number, DemoOutcome> {
	const random = new Random(20261203);
	return new Map(pledges.map((p) => [p.index, outcomeOf(random)]));
}

/** The follow-up reports, oldest first. A project under way sometimes gets a second, later report that it was finished. */
export function demoFollowups(pledges: readonly DemoPledge[]): DemoArticle[] {
	const outcomes = demoOutcomes(pledges);
	const random = new Random(20261204);
	const articles: DemoArticle[] = [];
	for (const p of pledges) {
		const outcome = outcomes.get(p.index)!;
		if (outcome === 'silent') continue;
		const on = later(p.date, random, 4, 14);
		if (!on) continue;
		articles.push(report(p, outcome, on, random, p.index));
		if (outcome === 'in_progress' && random.chance(0.4)) {
			const done = later(on, random, 3, 8);
			if (done) articles.push(report(p, 'kept', done, random, 1000 + p.index));
		}
	}
	return articles.sort((a, b) => a.published.localeCompare(b.published) || a.url.localeCompare(b.url));
}
