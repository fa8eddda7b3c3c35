// What can be cited (a pledge, an institution profile, a chart) reduced to the few facts every
// citation style needs: a stable key, a title per language, the permalink and a date if any.
import type { Category, StatementKind } from '$lib/domain/vocabulary';
import { formatDate } from '$lib/format/date';

export type CiteLang = 'id' | 'en';

export interface Citable {
	/** Stable citation key, e.g. 'pledgewatch-pledge-17'. */
	key: string;
	title: Record<CiteLang, string>;
	/** Permanent URL. */
	url: string;
	/** Date of the thing cited ('YYYY-MM-DD'), if it has one. */
	issued: string | null;
	/** CSL item type. */
	type: 'dataset' | 'webpage' | 'figure';
}

export interface PledgeCiteInput {
	id: number;
	kind: StatementKind;
	category: Category;
	actorName: string | null;
	statedOn: string | null;
}

const CATEGORY: Record<CiteLang, Record<Category, string>> = {
	id: { budget: 'anggaran', oversight: 'pengawasan', program: 'program', regulation: 'regulasi', other: 'lainnya' },
	en: { budget: 'budget', oversight: 'oversight', program: 'program', regulation: 'regulation', other: 'other' }
};
const KIND: Record<CiteLang, Record<StatementKind, string>> = {
	id: { pledge: 'Janji', request: 'Permintaan' },
	en: { pledge: 'Pledge', request: 'Request' }
};

/** Site origins and paths are joined without a doubled slash. */
function join(origin: string, path: string): string {
	return origin.replace(/\/+$/, '') + path;
}

export function pledgeCitable(p: PledgeCiteInput, origin: string): Citable {
	const title = (lang: CiteLang) => {
		const who = p.actorName ?? (lang === 'id' ? 'lembaga tak dikenal' : 'unknown institution');
		const by = lang === 'id' ? '' : ' by';
		return `${KIND[lang][p.kind]}${by} ${who} (${CATEGORY[lang][p.category]}), ${formatDate(p.statedOn, lang)}`;
	};
	return { key: `pledgewatch-${p.kind}-${p.id}`, title: { id: title('id'), en: title('en') }, url: join(origin, `/pledges/${p.id}`), issued: p.statedOn, type: 'dataset' };
}

export function institutionCitable(i: { slug: string; name: string }, origin: string): Citable {
	return {
		key: `pledgewatch-institution-${i.slug}`,
		title: { id: `Janji dan permintaan ${i.name}`, en: `Pledges and requests of ${i.name}` },
		url: join(origin, `/institutions/${i.slug}`),
		issued: null,
		type: 'webpage'
	};
}

/** A chart: `path` is the site path of its page or embed ('/embed/timeline?category=budget'). */
export function chartCitable(c: { key: string; title: Record<CiteLang, string>; path: string }, origin: string): Citable {
	return { key: `pledgewatch-chart-${c.key}`, title: c.title, url: join(origin, c.path), issued: null, type: 'figure' };
}

/** The whole data set (the /data page, the bulk download). */
export function datasetCitable(origin: string): Citable {
	return {
		key: 'pledgewatch-data',
		title: { id: 'Janji dan permintaan lembaga di Indonesia (data)', en: 'Pledges and requests of Indonesian institutions (data)' },
		url: join(origin, '/data'),
		issued: null,
		type: 'dataset'
	};
}
