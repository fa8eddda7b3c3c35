import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { parseRowId } from '$lib/filters/url-params';
import { paragraphAround } from '$lib/format/segments';
import { getReadDb } from '$lib/server/db/public-reads';
import { findStatementCards } from '$lib/server/db/queries/statement-cards';
import { getPledgeDetail } from '$lib/server/db/queries/pledges';

export const load: PageServerLoad = async ({ params, locals }) => {
	const id = parseRowId(params.id);
	if (id === undefined) error(404, 'No pledge has this number.');
	const db = getReadDb(locals);
	const detail = await getPledgeDetail(db, id);
	// Rejected statements are not public: they answer exactly like missing ones.
	if (!detail) error(404, 'No pledge has this number.');
	const { card, article } = detail;
	const paragraph = paragraphAround(article.body, card.evidenceStart, card.evidenceEnd);
	const siblings = (await findStatementCards(db, { articleId: article.id })).filter((s) => s.id !== card.id);
	// Only the paragraph travels to the page; the full text is on the article page.
	const { body: _body, ...articleMeta } = article;
	return { card, article: articleMeta, paragraph, updates: detail.updates, extractorVersion: detail.extractorVersion, siblings };
};
