// Deterministic fictional regional news: requests, the pledges that answer them (often with a
// budget amount), reports without pledges, English coverage and syndicated copies. The demo
// corpus and the benchmark corpora (`npm run gen`) both come from here; it streams, so a
// million articles need no more memory than one.
import { ENGLISH_OUTLET, officialName, PROVINCES, SYNDICATORS, type Office, type Province } from './cast';
import { Random } from './random';
import { demoFollowups } from './followups';
import { FILLERS_EN, FILLERS_ID, TOPICS, type Topic } from './topics';

export interface DemoArticle {
	url: string;
	outlet: string;
	title: string;
	text: string;
	published: string;
	lang: 'id' | 'en';
}

export interface GenerateOptions {
	/** Original articles; syndicated copies come on top (about one in eight). */
	count: number;
	seed?: number;
	/** First month of the corpus, 'YYYY-MM'. */
	start?: string;
	months?: number;
}

const HARI = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'];
const DAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

interface Office_ {
	role: string;
	/** How a later sentence names the institution itself. */
	institution: string;
}

function office(p: Province, o: Office): Office_ {
	switch (o) {
		case 'dprdProv': return { role: `Ketua DPRD Provinsi ${p.short}`, institution: `DPRD Provinsi ${p.short}` };
		case 'dprdKab': return { role: `Ketua DPRD Kabupaten ${p.regency}`, institution: `DPRD Kabupaten ${p.regency}` };
		case 'gubernur': return { role: `Gubernur ${p.name}`, institution: `Pemerintah Provinsi ${p.name}` };
		case 'bupati': return { role: `Bupati ${p.regency}`, institution: `Pemerintah Kabupaten ${p.regency}` };
		case 'walikota': return { role: `Wali Kota ${p.capital}`, institution: `Pemerintah Kota ${p.capital}` };
		case 'kanwil': return { role: `Kakanwil Ditjenpas ${p.short}`, institution: `Kanwil Ditjenpas ${p.short}` };
		case 'kapolda': return { role: `Kapolda ${p.short}`, institution: `Polda ${p.short}` };
		case 'pn': return { role: `Ketua Pengadilan Negeri ${p.capital}`, institution: `Pengadilan Negeri ${p.capital}` };
		case 'dinkes': return { role: `Kepala Dinas Kesehatan Provinsi ${p.name}`, institution: `Dinas Kesehatan Provinsi ${p.name}` };
		case 'bpbd': return { role: `Kepala BPBD ${p.short}`, institution: `BPBD ${p.short}` };
	}
}

/** Who answers a request: the legislature or government that holds the purse for that office. */
function answererFor(topic: Topic, random: Random): Office {
	if (topic.requester === 'bupati') return 'dprdKab';
	if (topic.requester === 'pn') return random.pick(['walikota', 'dprdProv'] as const);
	return random.pick(['dprdProv', 'dprdProv', 'gubernur'] as const);
}

function rupiah(billions: number, random: Random): string {
	if (billions >= 1000) return `Rp ${(billions / 1000).toFixed(1).replace('.', ',')} triliun`;
	const value = random.chance(0.3) ? `${billions},${random.int(1, 9)}` : String(billions);
	return `Rp ${value} miliar`;
}

function ddmmyyyy(date: Date): string {
	return `${date.getUTCDate()}/${date.getUTCMonth() + 1}/${date.getUTCFullYear()}`;
}

function surname(name: string): string {
	return name.split(' ').pop()!;
}

function fillers(random: Random, pool: readonly string[], n: number): string[] {
	const chosen: string[] = [];
	while (chosen.length < n) {
		const line = random.pick(pool);
		if (!chosen.includes(line)) chosen.push(line);
	}
	return chosen;
}

function slug(text: string): string {
	return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
}

interface Scene {
	index: number;
	random: Random;
	province: Province;
	provinceIndex: number;
	topic: Topic;
	date: Date;
	term: number;
}

function requestArticle(s: Scene): DemoArticle {
	const { random, province: p } = s;
	const requester = office(p, s.topic.requester);
	const answererOffice = answererFor(s.topic, random);
	const answerer = office(p, answererOffice);
	const who = officialName(s.provinceIndex, s.topic.requester, s.term);
	const host = officialName(s.provinceIndex, answererOffice, s.term);
	const dateline = `${p.capital.toUpperCase()}, ${p.outlet.name} – ${requester.role}, ${who}, melakukan audiensi dengan ${answerer.role}, ${host}, ${HARI[s.date.getUTCDay()]} (${ddmmyyyy(s.date)}).`;
	const ask = random.pick([
		`${who} berharap ${answerer.institution} dapat memberikan dukungan anggaran untuk ${s.topic.id}.`,
		`Dalam kesempatan itu, ${who} meminta ${answerer.institution} mendukung ${s.topic.id} melalui penguatan anggaran.`,
		`${surname(who)} mengusulkan agar ${answerer.institution} mengalokasikan dana bagi ${s.topic.id}.`
	]);
	const need = `Menurut ${surname(who)}, kebutuhan untuk kegiatan itu diperkirakan mencapai ${rupiah(random.int(s.topic.minBillion, s.topic.maxBillion), random)}.`;
	const body = [dateline, ...fillers(random, FILLERS_ID, 1), ask, need, ...fillers(random, FILLERS_ID, 2), `Usulan tersebut dicatat sekretariat untuk dibahas pada rapat berikutnya, tulis ${p.outlet.name} dalam laporan nomor ${1000 + s.index}.`];
	return {
		url: `https://${p.outlet.domain}/berita/${s.date.getUTCFullYear()}/${s.index}-${slug(`audiensi ${requester.institution}`)}`,
		outlet: p.outlet.name,
		title: `${requester.institution} Minta Dukungan ${answerer.institution} untuk ${s.topic.id.split(' ').slice(0, 4).join(' ')}`,
		text: body.join('\n'),
		published: s.date.toISOString().slice(0, 10),
		lang: 'id'
	};
}

// When the budget pledge says it will be done (by the article's index, so the random sequence, and
// every other article, stays as it was): next year's budget, this year's revised budget, the end
// of this year, or no deadline at all.
const WHEN_ID: readonly ((nextYear: number) => string)[] = [
	(y) => `pada APBD ${y}`,
	(y) => `dalam APBD Perubahan ${y - 1}`,
	() => 'paling lambat akhir tahun ini',
	() => 'secara bertahap'
];

/** What a demo pledge promised, for the follow-up articles written months later (./followups.ts). */
export interface DemoPledge {
	index: number;
	province: Province;
	provinceIndex: number;
	topic: Topic;
	date: Date;
	/** The institution as a later article names it ("DPRD Provinsi Kalteng"). */
	institution: string;
	/** Billions of rupiah promised; null when the pledge named no amount. */
	billions: number | null;
	lang: 'id' | 'en';
}

function pledgeArticle(s: Scene): { article: DemoArticle; pledge: DemoPledge } {
	const { random, province: p } = s;
	const answererOffice = answererFor(s.topic, random);
	const answerer = office(p, answererOffice);
	const requester = office(p, s.topic.requester);
	const name = officialName(s.provinceIndex, answererOffice, s.term);
	const how = random.pick(['melalui fungsi pengawasan dan anggaran', 'melalui fungsi anggaran', 'melalui pengawasan yang ketat', '']);
	const billions = random.int(s.topic.minBillion, s.topic.maxBillion);
	const amount = rupiah(billions, random);
	const year = s.date.getUTCFullYear() + 1;
	const statesAmount = random.chance(0.75);
	const lines = [
		`${p.capital.toUpperCase()}, ${p.outlet.name} – ${answerer.role}, ${name}, menyatakan siap mendukung ${s.topic.id}${how ? ` ${how}` : ''}, ${HARI[s.date.getUTCDay()]} (${ddmmyyyy(s.date)}).`,
		`Pernyataan itu menjawab permintaan ${requester.role} dalam audiensi beberapa pekan sebelumnya.`,
		...fillers(random, FILLERS_ID, 1),
		statesAmount
			? `“Kami berkomitmen mengalokasikan anggaran sebesar ${amount} ${WHEN_ID[s.index % WHEN_ID.length](year)} untuk kegiatan ini,” ujar ${surname(name)}.`
			: `“Jika kemampuan keuangan daerah memungkinkan, kami akan menambah alokasi untuk kegiatan ini pada APBD ${year},” kata ${surname(name)}.`,
		...fillers(random, FILLERS_ID, 2),
		`Laporan ini disusun redaksi ${p.outlet.name} dengan nomor arsip ${2000 + s.index}.`
	];
	const article: DemoArticle = {
		url: `https://${p.outlet.domain}/berita/${s.date.getUTCFullYear()}/${s.index}-${slug(`${answerer.institution} siap dukung`)}`,
		outlet: p.outlet.name,
		title: `${answerer.institution} Siap Dukung ${s.topic.id.split(' ').slice(0, 4).join(' ')}`,
		text: lines.join('\n'),
		published: s.date.toISOString().slice(0, 10),
		lang: 'id'
	};
	// "rupiah()" may write "24,3 miliar"; a later report names the whole billions, which the matcher's tolerance accepts.
	const pledge: DemoPledge = { index: s.index, province: p, provinceIndex: s.provinceIndex, topic: s.topic, date: s.date, institution: answerer.institution, billions: statesAmount ? billions : null, lang: 'id' };
	return { article, pledge };
}

function reportArticle(s: Scene): DemoArticle {
	const { random, province: p } = s;
	const o = random.pick(['kapolda', 'bupati', 'walikota', 'dinkes', 'pn'] as const);
	const who = office(p, o);
	const name = officialName(s.provinceIndex, o, s.term);
	const lines = [
		`${p.capital.toUpperCase()}, ${p.outlet.name} – ${who.role}, ${name}, meninjau pelaksanaan ${s.topic.id} di Kabupaten ${p.regency}, ${HARI[s.date.getUTCDay()]} (${ddmmyyyy(s.date)}).`,
		`Peninjauan tersebut merupakan agenda rutin yang digelar setiap awal triwulan.`,
		...fillers(random, FILLERS_ID, 3),
		`Tahun lalu kegiatan serupa menjangkau ${random.int(3, 40)} desa dan ${random.int(100, 4000)} penerima manfaat, kata panitia.`,
		`Berita ini diterbitkan ${p.outlet.name} sebagai laporan nomor ${3000 + s.index}.`
	];
	return {
		url: `https://${p.outlet.domain}/berita/${s.date.getUTCFullYear()}/${s.index}-${slug(`peninjauan ${who.institution}`)}`,
		outlet: p.outlet.name,
		title: `${who.institution} Tinjau ${s.topic.id.split(' ').slice(0, 4).join(' ')}`,
		text: lines.join('\n'),
		published: s.date.toISOString().slice(0, 10),
		lang: 'id'
	};
}

function englishArticle(s: Scene): { article: DemoArticle; pledge: DemoPledge } {
	const { random, province: p } = s;
	const chair = officialName(s.provinceIndex, 'dprdProv', s.term);
	const amount = random.int(s.topic.minBillion, s.topic.maxBillion);
	const lines = [
		`${p.capitalEn.toUpperCase()} (${ENGLISH_OUTLET.name}) – The ${p.capitalEn} city government asked the provincial legislature on ${DAYS_EN[s.date.getUTCDay()]} to support ${s.topic.en}.`,
		...fillers(random, FILLERS_EN, 1),
		s.index % 3 === 0
			? `DPRD ${p.short} chair ${chair} said the council will fund ${s.topic.en} by the end of next year, with about Rp ${amount} billion set aside.`
			: `DPRD ${p.short} chair ${chair} said the council will fund ${s.topic.en} through the ${s.date.getUTCFullYear() + 1} budget, with about Rp ${amount} billion set aside.`,
		...fillers(random, FILLERS_EN, 2),
		`This is report ${4000 + s.index} in the ${ENGLISH_OUTLET.name} regional series.`
	];
	const article: DemoArticle = {
		url: `https://${ENGLISH_OUTLET.domain}/regions/${s.date.getUTCFullYear()}/${s.index}-${slug(`${p.short} ${s.topic.en}`)}`,
		outlet: ENGLISH_OUTLET.name,
		title: `${p.name} legislature backs ${s.topic.en}`,
		text: lines.join('\n'),
		published: s.date.toISOString().slice(0, 10),
		lang: 'en'
	};
	return { article, pledge: { index: s.index, province: p, provinceIndex: s.provinceIndex, topic: s.topic, date: s.date, institution: `DPRD ${p.short}`, billions: amount, lang: 'en' } };
}

/** A syndicated copy: the same story under another outlet's URL, its dateline lightly edited
 *  (the source outlet's name dropped), as aggregators republish regional news. */
function syndicate(original: DemoArticle, index: number): DemoArticle {
	const outlet = SYNDICATORS[index % SYNDICATORS.length];
	const firstComma = original.text.indexOf(',');
	const dash = original.text.indexOf(' – ');
	const text = firstComma > 0 && dash > firstComma ? `${original.text.slice(0, firstComma)}${original.text.slice(dash)}` : original.text;
	return { ...original, url: `https://${outlet.domain}/daerah/${index}-${slug(original.title)}`, outlet: outlet.name, title: `${original.title} (${outlet.name})`, text };
}

/** Each article with the pledge it states, when it is a pledge article. */
export function* generateScenes(options: GenerateOptions): Generator<{ article: DemoArticle; pledge: DemoPledge | null }> {
	const random = new Random(options.seed ?? 20250416);
	const [startYear, startMonth] = (options.start ?? '2024-01').split('-').map(Number);
	const months = options.months ?? 24;
	for (let index = 0; index < options.count; index++) {
		const month = Math.floor((index * months) / options.count);
		const date = new Date(Date.UTC(startYear, startMonth - 1 + month, random.int(1, 28)));
		const provinceIndex = index % PROVINCES.length;
		const scene: Scene = {
			index,
			random,
			province: PROVINCES[provinceIndex],
			provinceIndex,
			topic: TOPICS[Math.floor(index / PROVINCES.length) % TOPICS.length],
			date,
			// Officials change halfway through: roles get first and last seen dates.
			term: month < months / 2 ? 0 : 1
		};
		const roll = random.next();
		const made = roll < 0.3 ? { article: requestArticle(scene), pledge: null } : roll < 0.65 ? pledgeArticle(scene) : roll < 0.85 ? { article: reportArticle(scene), pledge: null } : englishArticle(scene);
		yield made;
		if (made.article.lang === 'id' && random.chance(0.14)) yield { article: syndicate(made.article, index), pledge: null };
	}
}

export function* generateArticles(options: GenerateOptions): Generator<DemoArticle> {
	for (const { article } of generateScenes(options)) yield article;
}

const DEMO_OPTIONS: GenerateOptions = { count: 170, seed: 20250416, start: '2024-01', months: 24 };

/** The demo corpus: 170 originals over 24 months (about 190 articles with copies), then the
 *  follow-up reports on its pledges months later (./followups.ts). */
export function demoArticles(): DemoArticle[] {
	const scenes = [...generateScenes(DEMO_OPTIONS)];
	return [...scenes.map((s) => s.article), ...demoFollowups(scenes.flatMap((s) => (s.pledge ? [s.pledge] : [])))];
}
