// Columns of the pledges dataset (pledges and requests): /pledges.*, /institutions/[slug].*,
// /api/v1/pledges, data/pledges.csv. The order is the documented column order: append only.
import { AMOUNT_QUALIFIERS, CATEGORIES, INSTITUTION_KINDS, LEVELS, PLEDGE_STATUSES, REVIEW_STATUSES, STATEMENT_KINDS, STRENGTHS } from '$lib/domain/vocabulary';
import type { PledgeExportRow } from '../db/queries/export-pledges';
import type { Dataset } from './columns';

export const pledgesDataset: Dataset<PledgeExportRow> = {
	name: 'pledges',
	primaryKey: 'id',
	title: { id: 'Janji dan permintaan', en: 'Pledges and requests' },
	description: {
		id: 'Satu baris per pernyataan: janji (komitmen lembaga) atau permintaan (lembaga meminta lembaga lain bertindak), dengan kutipan dan sumbernya. Pernyataan yang ditolak editor dan salinan berita sindikasi tidak pernah disertakan.',
		en: 'One row per statement: a pledge (an institution commits to act) or a request (an institution asks another to act), with its quote and source. Statements rejected by an editor and syndicated copies of articles are never included.'
	},
	columns: [
		{ name: 'id', type: 'integer', description: { id: 'Nomor tetap pernyataan; tetap sama setelah ekstraksi ulang.', en: 'Stable statement id; survives re-extraction.' }, value: (r) => r.id },
		{ name: 'permalink', type: 'string', description: { id: 'Alamat tetap halaman pernyataan.', en: 'Permanent address of the statement page.' }, value: (r, c) => `${c.origin}/pledges/${r.id}` },
		{ name: 'kind', type: 'string', values: STATEMENT_KINDS, description: { id: 'pledge (janji) atau request (permintaan).', en: 'pledge or request.' }, value: (r) => r.kind },
		{ name: 'category', type: 'string', values: CATEGORIES, description: { id: 'Jenis dukungan: budget (anggaran), oversight (pengawasan), program, regulation (regulasi), other (lainnya).', en: 'Kind of support: budget, oversight, program, regulation, other.' }, value: (r) => r.category },
		{ name: 'strength', type: 'string', values: STRENGTHS, description: { id: 'firm (tegas), conditional (bersyarat), hedged (berhati-hati).', en: 'firm, conditional (if …), hedged (will try, ready to push for).' }, value: (r) => r.strength },
		{ name: 'status', type: 'string', values: PLEDGE_STATUSES, description: { id: 'Status terakhir janji menurut pembaruan yang bersumber.', en: 'Latest pledge status from sourced updates.' }, value: (r) => r.status },
		{ name: 'review_status', type: 'string', values: REVIEW_STATUSES.filter((s) => s !== 'rejected'), description: { id: 'auto = diekstrak mesin, belum diperiksa; confirmed/edited = diperiksa editor.', en: 'auto = machine-extracted, not yet reviewed; confirmed/edited = reviewed by an editor.' }, value: (r) => r.reviewStatus },
		{ name: 'confidence', type: 'number', description: { id: 'Keyakinan ekstraksi, 0–1.', en: 'Extraction confidence, 0–1.' }, value: (r) => r.confidence },
		{ name: 'stated_on', type: 'date', description: { id: 'Tanggal pernyataan (YYYY-MM-DD); kosong bila tidak diketahui.', en: 'Date the statement was made (YYYY-MM-DD); empty when unknown.' }, value: (r) => r.statedOn },
		{ name: 'actor_slug', type: 'string', description: { id: 'Lembaga yang menyatakan (slug).', en: 'Institution that made the statement (slug).' }, value: (r) => r.actorSlug },
		{ name: 'actor_name', type: 'string', description: { id: 'Nama resmi lembaga yang menyatakan.', en: 'Canonical name of the institution that made the statement.' }, value: (r) => r.actorName },
		{ name: 'actor_kind', type: 'string', values: INSTITUTION_KINDS, description: { id: 'Jenis lembaga: legislature, agency, executive, judiciary, other.', en: 'Institution kind: legislature, agency, executive, judiciary, other.' }, value: (r) => r.actorKind },
		{ name: 'actor_level', type: 'string', values: LEVELS, description: { id: 'Tingkat: national, province, regency, city.', en: 'Level: national, province, regency, city.' }, value: (r) => r.actorLevel },
		{ name: 'region_code', type: 'string', description: { id: 'Kode wilayah Kemendagri lembaga (mis. 62 atau 62.02).', en: 'Kemendagri region code of the institution (e.g. 62 or 62.02).' }, value: (r) => r.regionCode },
		{ name: 'province_code', type: 'string', description: { id: 'Kode provinsi dua digit.', en: 'Two-digit province code.' }, value: (r) => r.provinceCode },
		{ name: 'speaker_name', type: 'string', description: { id: 'Orang yang berbicara atas nama lembaga.', en: 'Person who spoke for the institution.' }, value: (r) => r.speakerName },
		{ name: 'speaker_role', type: 'string', description: { id: 'Jabatan pembicara seperti ditulis berita.', en: "Speaker's title as the article gives it." }, value: (r) => r.speakerRole },
		{ name: 'target_slug', type: 'string', description: { id: 'Lembaga yang dituju (slug), bila dikenali.', en: 'Institution the statement is about (slug), when resolved.' }, value: (r) => r.targetSlug },
		{ name: 'target_name', type: 'string', description: { id: 'Nama lembaga yang dituju.', en: 'Name of the institution the statement is about.' }, value: (r) => r.targetName },
		{ name: 'target_text', type: 'string', description: { id: 'Sasaran seperti ditulis (program atau lembaga yang tidak dikenali).', en: 'Target as written (a program, or an unresolved institution).' }, value: (r) => r.targetText },
		{ name: 'amount', type: 'number', description: { id: 'Nilai yang disebut, dalam mata uang `currency`.', en: 'Amount named, in `currency`.' }, value: (r) => r.amount },
		{ name: 'amount_qualifier', type: 'string', values: AMOUNT_QUALIFIERS, description: { id: 'exact, about (sekitar), more_than (lebih dari), up_to (hingga).', en: 'exact, about, more_than, up_to.' }, value: (r) => r.amountQualifier },
		{ name: 'currency', type: 'string', description: { id: 'Kode mata uang ISO 4217 (IDR).', en: 'ISO 4217 currency code (IDR).' }, value: (r) => r.currency },
		{ name: 'evidence_text', type: 'string', description: { id: 'Kutipan persis dari berita yang menjadi bukti.', en: 'Exact quote from the article that is the evidence.' }, value: (r) => r.evidenceText },
		{ name: 'evidence_start', type: 'integer', description: { id: 'Posisi awal kutipan dalam teks berita (karakter).', en: 'Start offset of the quote in the article text (characters).' }, value: (r) => r.evidenceStart },
		{ name: 'evidence_end', type: 'integer', description: { id: 'Posisi akhir kutipan (eksklusif).', en: 'End offset of the quote (exclusive).' }, value: (r) => r.evidenceEnd },
		{ name: 'article_id', type: 'integer', description: { id: 'Berita sumber (lihat dataset articles).', en: 'Source article (see the articles dataset).' }, value: (r) => r.articleId },
		{ name: 'article_title', type: 'string', description: { id: 'Judul berita sumber.', en: 'Title of the source article.' }, value: (r) => r.articleTitle },
		{ name: 'article_url', type: 'string', description: { id: 'Alamat berita sumber.', en: 'URL of the source article.' }, value: (r) => r.articleUrl },
		{ name: 'outlet_name', type: 'string', description: { id: 'Media yang menerbitkan.', en: 'Outlet that published it.' }, value: (r) => r.outletName },
		{ name: 'published_on', type: 'date', description: { id: 'Tanggal terbit berita.', en: 'Publication date of the article.' }, value: (r) => r.publishedOn },
		{ name: 'extractor_version', type: 'string', description: { id: 'Versi pengekstrak yang menghasilkan baris ini.', en: 'Version of the extractor that produced the row.' }, value: (r) => r.extractorVersion },
		{ name: 'is_demo', type: 'boolean', description: { id: 'true untuk data contoh (bukan berita nyata).', en: 'true for demo data (not real news).' }, value: (r) => r.isDemo },
		{ name: 'due_on', type: 'date', description: { id: 'Tenggat yang disebut pernyataan itu sendiri (YYYY-MM-DD), dihitung dari tanggal terbit ("akhir tahun ini" → 31 Desember); kosong bila tidak disebut — tidak pernah ditebak.', en: 'Deadline the statement itself states (YYYY-MM-DD), resolved against the publication date ("by the end of the year" → 31 December); empty when none is stated — never guessed.' }, value: (r) => r.dueOn },
		{ name: 'due_phrase', type: 'string', description: { id: 'Kata-kata yang menyebut tenggat, persis seperti dalam berita.', en: 'The words that state the deadline, exactly as in the article.' }, value: (r) => r.duePhrase },
		{ name: 'overdue', type: 'boolean', description: { id: 'true bila janji lewat tenggat: due_on sebelum hari ini (WIB) dan belum berstatus kept, partly_kept atau broken. Dihitung saat data dibaca, tidak disimpan.', en: 'true when a pledge is overdue: due_on before today (UTC+7) and no kept, partly_kept or broken status. Computed when read, never stored.' }, value: (r) => r.overdue }
	]
};
