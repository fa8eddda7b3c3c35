// The public statement: the one definition of what a pledge or request is outside the database —
// its fields in their documented order, with type, vocabulary, nullability and the bilingual
// description the /data dictionary shows. Everything that shows or sends a statement derives from
// it: the `PublicStatement` type (query rows, cards, feeds, citations), the pledges dataset's
// columns (CSV header, JSON/NDJSON keys, API, OpenAPI and Frictionless schemas, the dictionary) and,
// in src/lib/server/db/queries/statement-read-model.ts, how each field is read from the database
// (a field without a way to read it fails the type check there). Adding a field is one entry
// here plus its SQL there; the order is the documented column order: append, never reorder.
import { AMOUNT_QUALIFIERS, CATEGORIES, INSTITUTION_KINDS, LEVELS, PLEDGE_STATUSES, REVIEW_STATUSES, STATEMENT_KINDS, STRENGTHS } from './vocabulary';

/** Frictionless table-schema field types. */
export type FieldType = 'string' | 'integer' | 'number' | 'date' | 'boolean';

export interface Bilingual {
	id: string;
	en: string;
}

export interface FieldSpec {
	type: FieldType;
	/** Closed vocabulary, when the field has one (documented and put in the table schema). */
	values?: readonly string[];
	/** May be empty (null); otherwise always present. */
	nullable?: true;
	/** Not read from the database but computed when written out (the permalink needs the site's address). */
	derived?: true;
	description: Bilingual;
}

/** Review statuses a public statement can have: a rejected one is never public. */
const PUBLIC_REVIEW_STATUSES = REVIEW_STATUSES.filter((s): s is Exclude<typeof s, 'rejected'> => s !== 'rejected');

export const STATEMENT_FIELDS = {
	id: { type: 'integer', description: { id: 'Nomor tetap pernyataan; tetap sama setelah ekstraksi ulang.', en: 'Stable statement id; survives re-extraction.' } },
	permalink: { type: 'string', derived: true, description: { id: 'Alamat tetap halaman pernyataan.', en: 'Permanent address of the statement page.' } },
	kind: { type: 'string', values: STATEMENT_KINDS, description: { id: 'pledge (janji) atau request (permintaan).', en: 'pledge or request.' } },
	category: { type: 'string', values: CATEGORIES, description: { id: 'Jenis dukungan: budget (anggaran), oversight (pengawasan), program, regulation (regulasi), other (lainnya).', en: 'Kind of support: budget, oversight, program, regulation, other.' } },
	strength: { type: 'string', values: STRENGTHS, description: { id: 'firm (tegas), conditional (bersyarat), hedged (berhati-hati).', en: 'firm, conditional (if …), hedged (will try, ready to push for).' } },
	status: { type: 'string', values: PLEDGE_STATUSES, description: { id: 'Status terakhir janji menurut pembaruan yang bersumber.', en: 'Latest pledge status from sourced updates.' } },
	review_status: { type: 'string', values: PUBLIC_REVIEW_STATUSES, description: { id: 'auto = diekstrak mesin, belum diperiksa; confirmed/edited = diperiksa editor.', en: 'auto = machine-extracted, not yet reviewed; confirmed/edited = reviewed by an editor.' } },
	confidence: { type: 'number', description: { id: 'Keyakinan ekstraksi, 0–1.', en: 'Extraction confidence, 0–1.' } },
	stated_on: { type: 'date', nullable: true, description: { id: 'Tanggal pernyataan (YYYY-MM-DD); kosong bila tidak diketahui.', en: 'Date the statement was made (YYYY-MM-DD); empty when unknown.' } },
	actor_slug: { type: 'string', nullable: true, description: { id: 'Lembaga yang menyatakan (slug).', en: 'Institution that made the statement (slug).' } },
	actor_name: { type: 'string', nullable: true, description: { id: 'Nama resmi lembaga yang menyatakan.', en: 'Canonical name of the institution that made the statement.' } },
	actor_kind: { type: 'string', values: INSTITUTION_KINDS, nullable: true, description: { id: 'Jenis lembaga: legislature, agency, executive, judiciary, other.', en: 'Institution kind: legislature, agency, executive, judiciary, other.' } },
	actor_level: { type: 'string', values: LEVELS, nullable: true, description: { id: 'Tingkat: national, province, regency, city.', en: 'Level: national, province, regency, city.' } },
	region_code: { type: 'string', nullable: true, description: { id: 'Kode wilayah Kemendagri lembaga (mis. 62 atau 62.02).', en: 'Kemendagri region code of the institution (e.g. 62 or 62.02).' } },
	province_code: { type: 'string', nullable: true, description: { id: 'Kode provinsi dua digit.', en: 'Two-digit province code.' } },
	speaker_name: { type: 'string', nullable: true, description: { id: 'Orang yang berbicara atas nama lembaga.', en: 'Person who spoke for the institution.' } },
	speaker_role: { type: 'string', nullable: true, description: { id: 'Jabatan pembicara seperti ditulis berita.', en: "Speaker's title as the article gives it." } },
	target_slug: { type: 'string', nullable: true, description: { id: 'Lembaga yang dituju (slug), bila dikenali.', en: 'Institution the statement is about (slug), when resolved.' } },
	target_name: { type: 'string', nullable: true, description: { id: 'Nama lembaga yang dituju.', en: 'Name of the institution the statement is about.' } },
	target_text: { type: 'string', nullable: true, description: { id: 'Sasaran seperti ditulis (program atau lembaga yang tidak dikenali).', en: 'Target as written (a program, or an unresolved institution).' } },
	amount: { type: 'number', nullable: true, description: { id: 'Nilai yang disebut, dalam mata uang `currency`.', en: 'Amount named, in `currency`.' } },
	amount_qualifier: { type: 'string', values: AMOUNT_QUALIFIERS, nullable: true, description: { id: 'exact, about (sekitar), more_than (lebih dari), up_to (hingga).', en: 'exact, about, more_than, up_to.' } },
	currency: { type: 'string', description: { id: 'Kode mata uang ISO 4217 (IDR).', en: 'ISO 4217 currency code (IDR).' } },
	evidence_text: { type: 'string', description: { id: 'Kutipan persis dari berita yang menjadi bukti.', en: 'Exact quote from the article that is the evidence.' } },
	evidence_start: { type: 'integer', description: { id: 'Posisi awal kutipan dalam teks berita (karakter).', en: 'Start offset of the quote in the article text (characters).' } },
	evidence_end: { type: 'integer', description: { id: 'Posisi akhir kutipan (eksklusif).', en: 'End offset of the quote (exclusive).' } },
	article_id: { type: 'integer', description: { id: 'Berita sumber (lihat dataset articles).', en: 'Source article (see the articles dataset).' } },
	article_title: { type: 'string', nullable: true, description: { id: 'Judul berita sumber.', en: 'Title of the source article.' } },
	article_url: { type: 'string', nullable: true, description: { id: 'Alamat berita sumber.', en: 'URL of the source article.' } },
	outlet_name: { type: 'string', nullable: true, description: { id: 'Media yang menerbitkan.', en: 'Outlet that published it.' } },
	published_on: { type: 'date', nullable: true, description: { id: 'Tanggal terbit berita.', en: 'Publication date of the article.' } },
	extractor_version: { type: 'string', description: { id: 'Versi pengekstrak yang menghasilkan baris ini.', en: 'Version of the extractor that produced the row.' } },
	is_demo: { type: 'boolean', description: { id: 'true untuk data contoh (bukan berita nyata).', en: 'true for demo data (not real news).' } },
	due_on: { type: 'date', nullable: true, description: { id: 'Tenggat yang disebut pernyataan itu sendiri (YYYY-MM-DD), dihitung dari tanggal terbit ("akhir tahun ini" → 31 Desember); kosong bila tidak disebut — tidak pernah ditebak.', en: 'Deadline the statement itself states (YYYY-MM-DD), resolved against the publication date ("by the end of the year" → 31 December); empty when none is stated — never guessed.' } },
	due_phrase: { type: 'string', nullable: true, description: { id: 'Kata-kata yang menyebut tenggat, persis seperti dalam berita.', en: 'The words that state the deadline, exactly as in the article.' } },
	overdue: { type: 'boolean', description: { id: 'true bila janji lewat tenggat: due_on sebelum hari ini (WIB) dan belum berstatus kept, partly_kept atau broken. Dihitung saat data dibaca, tidak disimpan.', en: 'true when a pledge is overdue: due_on before today (UTC+7) and no kept, partly_kept or broken status. Computed when read, never stored.' } }
} as const satisfies Record<string, FieldSpec>;

type Fields = typeof STATEMENT_FIELDS;
export type StatementFieldName = keyof Fields;
/** Fields read from the database (all but the derived permalink). */
export type StoredFieldName = { [K in StatementFieldName]: Fields[K] extends { derived: true } ? never : K }[StatementFieldName];

type Scalar<F> = F extends { values: readonly (infer V)[] }
	? V
	: F extends { type: 'integer' | 'number' }
		? number
		: F extends { type: 'boolean' }
			? boolean
			: string;
/** The value of a field as it is held in memory: dates are 'YYYY-MM-DD' strings. */
export type FieldValue<K extends StatementFieldName> = Scalar<Fields[K]> | (Fields[K] extends { nullable: true } ? null : never);

/** `actor_slug` → `actorSlug`: the key of a field in TypeScript objects. */
export type CamelCase<S extends string> = S extends `${infer H}_${infer T}` ? `${H}${Capitalize<CamelCase<T>>}` : S;
export const camelCase = <S extends string>(name: S): CamelCase<S> => name.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()) as CamelCase<S>;

/** A public statement as every read of one returns it: one key per stored field, camel-cased. */
export type PublicStatement = { [K in StoredFieldName as CamelCase<K>]: FieldValue<K> };

export const STATEMENT_FIELD_NAMES = Object.keys(STATEMENT_FIELDS) as StatementFieldName[];
export const STORED_FIELD_NAMES = STATEMENT_FIELD_NAMES.filter((n): n is StoredFieldName => !('derived' in STATEMENT_FIELDS[n]));
