import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { parseRowId } from '$lib/filters/url-params';
import { paragraphs } from '$lib/format/segments';
import { getReadDb } from '$lib/server/db/public-reads';
import { getArticleDetail } from '$lib/server/db/queries/articles-read';

export const load: PageServerLoad = async ({ params, locals }) => {
	const id = parseRowId(params.id);
	if (id === undefined) error(404, 'No article has this number.');
	const article = await getArticleDetail(getReadDb(locals), id);
	if (!article) error(404, 'No article has this number.');
	return { article, paragraphs: paragraphs(article.body) };
};
