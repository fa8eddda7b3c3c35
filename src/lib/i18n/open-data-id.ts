// Indonesian text of the data page and the embeddable charts; part of the catalogue in messages-id.ts.
export const openDataId = {
	page: {
		title: 'Data dan kamus data',
		intro: 'Semua data Pledgewatch dapat diunduh dan digunakan ulang. Setiap halaman daftar punya versi .csv, .json dan .ndjson dengan filter yang sama; tambahkan ?download=1 untuk nama berkas yang menyebut filter dan tanggal, dan ?bom=1 bila Excel salah membaca huruf.',
		bulk: 'Unduh semua',
		bulkText: 'Paket Data Frictionless (datapackage.json dengan skema tabel) dan lembaga, orang serta jabatan dalam format Popolo.',
		licence: 'Lisensi',
		licenceText: 'Data dirilis dengan lisensi Creative Commons Atribusi 4.0 (CC BY 4.0): boleh dibagikan dan diolah untuk tujuan apa pun, asal menyebut Pledgewatch sebagai sumber. Kutipan berita tetap milik medianya; selalu tautkan berita sumber.',
		cite: 'Cara mengutip',
		citeText: 'Setiap janji dan profil lembaga punya tombol "kutip" dengan kalimat, BibTeX dan CSL-JSON. Untuk data:',
		api: 'API',
		apiText: 'API JSON hanya-baca di /api/v1/ dengan dokumen OpenAPI di',
		columns: 'Kolom',
		column: 'Kolom',
		type: 'Tipe',
		meaning: 'Arti',
		values: 'Nilai'
	},
	embed: {
		timeline: { pledge: 'Janji per bulan, menurut kategori', request: 'Permintaan per bulan, menurut kategori' },
		categories: { pledge: 'Janji menurut kategori', request: 'Permintaan menurut kategori' },
		all: 'Semua lembaga',
		summary: (total: string, kind: string) => `${total} ${kind} tercatat.`,
		kind: { pledge: 'janji', request: 'permintaan' },
		source: 'Sumber: Pledgewatch, data CC BY 4.0',
		demo: 'data contoh, bukan berita nyata',
		seeMore: 'Lihat di Pledgewatch',
		download: 'Unduh grafik',
		data: 'Data (CSV)',
		empty: 'Belum ada data untuk grafik ini.'
	}
};
