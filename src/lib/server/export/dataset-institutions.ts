// Columns of the institutions dataset: /legislatures.*, /agencies.*, /api/v1/institutions,
// data/institutions.csv. Counts are counted statements (dated, not rejected), as on the dashboard.
import { INSTITUTION_KINDS, LEVELS } from '$lib/domain/vocabulary';
import type { InstitutionExportRow } from '../db/queries/export-institutions';
import type { Dataset } from './columns';

export const institutionsDataset: Dataset<InstitutionExportRow> = {
	name: 'institutions',
	primaryKey: 'id',
	title: { id: 'Lembaga', en: 'Institutions' },
	description: {
		id: 'Satu baris per lembaga (DPRD, dinas, kantor wilayah, pemerintah daerah …) dengan jumlah janji dan permintaannya. Lembaga yang digabung ke lembaga lain tidak disertakan.',
		en: 'One row per institution (legislature, agency, regional office, executive …) with its pledge and request counts. Institutions merged into another are left out.'
	},
	columns: [
		{ name: 'id', type: 'integer', description: { id: 'Nomor tetap lembaga.', en: 'Stable institution id.' }, value: (r) => r.id },
		{ name: 'slug', type: 'string', description: { id: 'Pengenal dalam alamat halaman.', en: 'Identifier used in page addresses.' }, value: (r) => r.slug },
		{ name: 'permalink', type: 'string', description: { id: 'Alamat halaman profil.', en: 'Profile page address.' }, value: (r, c) => `${c.origin}/institutions/${r.slug}` },
		{ name: 'name', type: 'string', description: { id: 'Nama resmi.', en: 'Canonical name.' }, value: (r) => r.name },
		{ name: 'kind', type: 'string', values: INSTITUTION_KINDS, description: { id: 'Jenis lembaga.', en: 'Institution kind.' }, value: (r) => r.kind },
		{ name: 'level', type: 'string', values: LEVELS, description: { id: 'Tingkat pemerintahan.', en: 'Level of government.' }, value: (r) => r.level },
		{ name: 'region_code', type: 'string', description: { id: 'Kode wilayah Kemendagri.', en: 'Kemendagri region code.' }, value: (r) => r.regionCode },
		{ name: 'region_name', type: 'string', description: { id: 'Nama wilayah.', en: 'Region name.' }, value: (r) => r.regionName },
		{ name: 'province_code', type: 'string', description: { id: 'Kode provinsi dua digit.', en: 'Two-digit province code.' }, value: (r) => r.provinceCode },
		{ name: 'parent_slug', type: 'string', description: { id: 'Lembaga induk (slug).', en: 'Parent institution (slug).' }, value: (r) => r.parentSlug },
		{ name: 'pledges', type: 'integer', description: { id: 'Jumlah janji bertanggal yang tidak ditolak (dalam periode, bila difilter).', en: 'Dated, non-rejected pledges (within the period, when filtered).' }, value: (r) => r.pledges },
		{ name: 'requests', type: 'integer', description: { id: 'Jumlah permintaan yang dibuat lembaga ini.', en: 'Requests this institution made.' }, value: (r) => r.requests },
		{ name: 'pledges_budget', type: 'integer', description: { id: 'Janji kategori anggaran.', en: 'Budget pledges.' }, value: (r) => r.pledgesBudget },
		{ name: 'pledges_oversight', type: 'integer', description: { id: 'Janji kategori pengawasan.', en: 'Oversight pledges.' }, value: (r) => r.pledgesOversight },
		{ name: 'pledges_program', type: 'integer', description: { id: 'Janji kategori program.', en: 'Program pledges.' }, value: (r) => r.pledgesProgram },
		{ name: 'pledges_regulation', type: 'integer', description: { id: 'Janji kategori regulasi.', en: 'Regulation pledges.' }, value: (r) => r.pledgesRegulation },
		{ name: 'pledges_other', type: 'integer', description: { id: 'Janji kategori lainnya.', en: 'Other pledges.' }, value: (r) => r.pledgesOther },
		{ name: 'last_month', type: 'string', description: { id: 'Bulan pernyataan terakhir (YYYY-MM).', en: 'Month of the latest statement (YYYY-MM).' }, value: (r) => r.lastMonth },
		{ name: 'is_demo', type: 'boolean', description: { id: 'true untuk data contoh.', en: 'true for demo data.' }, value: (r) => r.isDemo }
	]
};
