// Columns of the articles dataset: /articles.*, /api/v1/articles, data/articles.csv. Metadata only:
// article text belongs to its outlet and is read at the source URL.
import { LANGUAGES } from '$lib/domain/vocabulary';
import type { ArticleExportRow } from '../db/queries/export-articles';
import type { Dataset } from './columns';

export const articlesDataset: Dataset<ArticleExportRow> = {
	name: 'articles',
	primaryKey: 'id',
	title: { id: 'Berita', en: 'Articles' },
	description: {
		id: 'Satu baris per berita yang dibaca. Salinan sindikasi ditandai dengan duplicate_of dan tidak membawa pernyataan. Teks berita tidak disertakan; baca di sumbernya.',
		en: 'One row per article read. Syndicated copies carry duplicate_of and no statements. Article text is not included; read it at the source.'
	},
	columns: [
		{ name: 'id', type: 'integer', description: { id: 'Nomor tetap berita.', en: 'Stable article id.' }, value: (r) => r.id },
		{ name: 'permalink', type: 'string', description: { id: 'Halaman berita di Pledgewatch.', en: 'Article page on Pledgewatch.' }, value: (r, c) => `${c.origin}/articles/${r.id}` },
		{ name: 'title', type: 'string', description: { id: 'Judul.', en: 'Title.' }, value: (r) => r.title },
		{ name: 'url', type: 'string', description: { id: 'Alamat sumber (kanonik bila diketahui).', en: 'Source URL (canonical when known).' }, value: (r) => r.url },
		{ name: 'outlet_name', type: 'string', description: { id: 'Nama media.', en: 'Outlet name.' }, value: (r) => r.outletName },
		{ name: 'outlet_domain', type: 'string', description: { id: 'Domain media.', en: 'Outlet domain.' }, value: (r) => r.outletDomain },
		{ name: 'language', type: 'string', values: LANGUAGES, description: { id: 'Bahasa: id atau en.', en: 'Language: id or en.' }, value: (r) => r.language },
		{ name: 'published_on', type: 'date', description: { id: 'Tanggal terbit.', en: 'Publication date.' }, value: (r) => r.publishedOn },
		{ name: 'duplicate_of', type: 'integer', description: { id: 'Berita asli bila ini salinan sindikasi.', en: 'The original when this is a syndicated copy.' }, value: (r) => r.duplicateOf },
		{ name: 'statements', type: 'integer', description: { id: 'Jumlah pernyataan publik dari berita ini.', en: 'Public statements drawn from this article.' }, value: (r) => r.statements },
		{ name: 'is_demo', type: 'boolean', description: { id: 'true untuk data contoh.', en: 'true for demo data.' }, value: (r) => r.isDemo }
	]
};
