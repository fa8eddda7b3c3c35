// Words of the embed pages, in both interface languages (kept here: the embeds are few and small).
export const EMBED_TEXT = {
	id: {
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
	},
	en: {
		timeline: { pledge: 'Pledges per month, by category', request: 'Requests per month, by category' },
		categories: { pledge: 'Pledges by category', request: 'Requests by category' },
		all: 'All institutions',
		summary: (total: string, kind: string) => `${total} ${kind} recorded.`,
		kind: { pledge: 'pledges', request: 'requests' },
		source: 'Source: Pledgewatch, data CC BY 4.0',
		demo: 'demo data, not real news',
		seeMore: 'See it on Pledgewatch',
		download: 'Download chart',
		data: 'Data (CSV)',
		empty: 'No data for this chart yet.'
	}
} as const;
