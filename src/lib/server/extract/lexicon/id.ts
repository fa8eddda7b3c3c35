// Indonesian cue and exception words of the commitment and category rules, each with a fictional
// example sentence in which it does its job (checked by lexicon.test.ts; see types.ts for the fields).
import type { Lexicon } from './types';

export const ID: Lexicon = {
	pledgeCues: [
		{
			cls: 'explicit',
			strength: 'firm',
			slots: [
				{ words: [['menyatakan', 'Komisi B menyatakan kesiapan mengawal proyek irigasi.'], ['menegaskan', 'Fraksi itu menegaskan komitmen membela nelayan kecil.']] },
				{ words: [['kesiapan', 'Ketua dewan menyatakan kesiapan membahas usulan warga.'], ['komitmen', 'Bupati menyatakan komitmen menuntaskan sengketa lahan.']] }
			]
		},
		{
			cls: 'explicit',
			strength: 'firm',
			words: [
				['berkomitmen', 'Pemkab berkomitmen membuka tiga posko kesehatan baru.'],
				['komitmen', 'Dewan memberi komitmen penuh bagi para petani garam.'],
				['berjanji', 'Camat berjanji menertibkan parkir liar di alun-alun.'],
				['bertekad', 'Fraksi bertekad menuntaskan pembahasan usulan itu bulan ini.'],
				['siap', 'Polres siap mengamankan malam pergantian tahun.'],
				['bersiap', 'Dinas bersiap membuka pendaftaran guru honorer.'],
				['sanggup', 'Kontraktor sanggup menuntaskan gedung itu sebelum Desember.'],
				['kesiapan', 'Ketua komisi menyampaikan kesiapan menampung keluhan warga.']
			]
		},
		{
			cls: 'explicit',
			strength: 'firm',
			words: [
				['mendukung penuh', 'Pemprov mendukung penuh gerakan menanam mangrove.'],
				['tentu mendukung', 'DPRD tentu mendukung gagasan sekolah lapang itu.'],
				['akan terus mendukung', 'Pemkab akan terus mendukung koperasi nelayan.']
			]
		},
		{
			cls: 'explicit',
			strength: 'firm',
			slots: [
				{ words: [['kami', 'Kami mendukung gagasan taman baca di tiap desa.'], ['kita', 'Kita memastikan stok beras aman sampai Lebaran.'], ['saya', 'Saya menjamin gudang itu dibuka untuk umum.']] },
				{ optional: true, words: [['tentu', 'Kami tentu mendukung usulan warga pesisir.'], ['sangat', 'Kami sangat mendukung lomba inovasi desa.'], ['juga', 'Kita juga memastikan petugas hadir tiap pagi.']] },
				{ words: [['mendukung', 'Kita mendukung rencana itu sepenuhnya.'], ['memastikan', 'Kami memastikan semua warga terdata.'], ['menjamin', 'Saya menjamin pungutan liar dihapus.']] }
			]
		},
		{ cls: 'future', strength: 'firm', words: [['akan', 'Dinas akan membuka loket baru di kantor camat.']] },
		{
			cls: 'plan',
			strength: 'hedged',
			words: [
				['berencana', 'Pemkot berencana menambah armada bus sekolah.'],
				['rencananya', 'Rencananya dewan menggelar rapat dengar pendapat pekan depan.'],
				['merencanakan', 'Dinas merencanakan pelatihan menjahit bagi ibu rumah tangga.'],
				['dengan rencana', 'Satgas dibentuk dengan rencana membuka posko di tiap kecamatan.'],
				['menargetkan', 'Dinas menargetkan seribu rumah teraliri listrik.'],
				['mengupayakan', 'Dinas mengupayakan tambahan guru honorer.'],
				['berupaya', 'Pemkab berupaya menekan harga cabai.'],
				['berusaha', 'Kami berusaha menuntaskan antrean berkas tahun ini.']
			]
		},
		{
			cls: 'present',
			strength: 'firm',
			words: [
				['mengalokasikan', 'Pemkot mengalokasikan dana untuk taman kota.'],
				['menganggarkan', 'Pemprov menganggarkan honor bagi guru mengaji.'],
				['mengucurkan', 'Pemkab mengucurkan hibah bagi koperasi tani.'],
				['menyiapkan anggaran', 'Pemprov menyiapkan anggaran untuk seragam gratis.'],
				['menyiapkan dana', 'Pemkot menyiapkan dana darurat bagi korban kebakaran.']
			]
		},
		{
			cls: 'directive',
			strength: 'firm',
			words: [
				['menginstruksikan', 'Bupati menginstruksikan camat mendata warga miskin.'],
				['memerintahkan', 'Kapolres memerintahkan anggotanya berjaga di pasar.']
			]
		}
	],
	statedNouns: [
		{
			noun: 'komitmen',
			before: [
				['bentuk', 'Sebagai bentuk komitmen, dinas membuka posko banjir.'],
				['wujud', 'Sebagai wujud komitmen, pemkab menggratiskan retribusi.'],
				// Two spaces: the phrase cue "menyatakan komitmen" wants one, so only this rule sees it.
				['menyatakan', 'Fraksi itu menyatakan  komitmen kepada nelayan.'],
				['menegaskan', 'Bupati menegaskan  komitmen kepada petani tebu.']
			],
			after: [
				['penuh', 'Dewan memberi komitmen penuh bagi warga bantaran sungai.'],
				['untuk', 'Ada komitmen untuk menambah armada pemadam.'],
				['dalam', 'Dinas punya komitmen dalam menjaga mutu air minum.']
			]
		},
		{
			noun: 'kesiapan',
			before: [
				['menyatakan', 'Ketua dewan menyatakan  kesiapan menerima aspirasi buruh.'],
				['menegaskan', 'Kepala dinas menegaskan  kesiapan membuka layanan malam.'],
				['menyampaikan', 'Kepala balai menyampaikan kesiapan menampung pengungsi.']
			],
			after: []
		}
	],
	wouldOnlyAfter: [],
	requestCues: [
		['berharap', 'Kami berharap DPRD dapat menambah kuota beasiswa.'],
		['harapan', 'Ia menyampaikan harapan agar dewan menyetujui usulan itu.'],
		['harapkan', 'Kami harapkan dinas segera turun ke lapangan.'],
		['meminta', 'Kepala dinas meminta DPRD menambah alokasi obat.'],
		['minta', 'Kami minta dinas teknis rajin melapor ke dewan.'],
		['memohon', 'Warga memohon pemkab memperbaiki tanggul yang jebol.'],
		['mengusulkan', 'Warga mengusulkan agar pemkab membangun halte.'],
		['mendesak', 'Mahasiswa mendesak dewan membatalkan kenaikan tarif.'],
		['mengimbau', 'Bupati mengimbau warga menjaga kebersihan selokan.'],
		['mengajak', 'Camat mengajak pemuda ikut kerja bakti.'],
		['diminta', 'Setiap sekolah diminta melaporkan penggunaan dana.'],
		['menuntut', 'Buruh menuntut perusahaan membayar upah lembur.'],
		['mendorong', 'Anggota dewan mendorong pemkab agar segera memperbaiki drainase.']
	],
	questionAfterAsked: [],
	requestBlockBefore: [
		['di', 'Warga di harapkan hadir pada rapat desa besok.'],
		['yang', 'Warga yang meminta bantuan sudah didata.']
	],
	urgeObjectEnds: [
		['agar', 'Dewan mendorong pemkab agar segera melelang proyek pasar.'],
		['supaya', 'Dewan mendorong pemprov supaya menambah kuota beasiswa.'],
		['untuk segera', 'Komisi mendorong dinas untuk segera menyalurkan pupuk.']
	],
	ownPushBefore: [
		['siap', 'Kami siap mendorong pemkab agar memperbaiki jalan.'],
		['akan', 'Kami akan mendorong dinas agar membuka kelas malam.'],
		['terus', 'Fraksi terus mendorong pemkab agar menata pasar.'],
		['berkomitmen', 'Kami berkomitmen mendorong dinas agar mempercepat lelang.'],
		['bertekad', 'Kami bertekad mendorong pemprov agar menambah guru.']
	],
	blockBefore: [
		['yang', 'Proyek yang akan dikerjakan tahun ini berjumlah sepuluh.'],
		['untuk', 'Peralatan itu dibeli untuk siap dipakai saat banjir.'],
		['guna', 'Rapat digelar guna menargetkan penurunan stunting.'],
		['agar', 'Petani dilatih agar sanggup mengolah pupuk sendiri.'],
		['diharapkan', 'Dana ini diharapkan akan meringankan beban sekolah.'],
		['bisa', 'Gedung itu bisa siap dipakai bulan depan.'],
		['dapat', 'Posko itu dapat siap digunakan dalam sepekan.'],
		['mungkin', 'Jadwal itu mungkin akan bergeser.']
	],
	relativeBefore: [['yang', 'Proyek yang juga akan dibiayai pusat itu mangkrak.']],
	negationBefore: [
		['tidak', 'Kami tidak akan menaikkan pajak daerah.'],
		['tak', 'Dewan tak akan mengubah jadwal sidang.'],
		['belum', 'Dewan belum siap membahas usulan itu.'],
		['bukan', 'Pemkab bukan berjanji membangun pasar.'],
		['enggan', 'Fraksi enggan berkomitmen soal tarif parkir.']
	],
	negationSuffixes: [],
	negationAfter: [
		['tidak', 'Pemkab siap tidak memungut retribusi pasar tahun depan.'],
		['tak', 'Dewan berjanji tak menaikkan tunjangan.']
	],
	nonAgentive: [
		['menjadi', 'Gedung itu akan menjadi pusat kegiatan pemuda.'],
		['terjadi', 'Antrean panjang akan terjadi menjelang libur.'],
		['berakhir', 'Masa jabatan anggota dewan akan berakhir bulan depan.'],
		['berlangsung', 'Pameran itu akan berlangsung tiga hari.'],
		['ada', 'Besok akan ada rapat pleno.'],
		['tiba', 'Kiriman benih akan tiba besok pagi.'],
		['datang', 'Musim tanam akan datang pekan depan.'],
		['mengalami', 'Harga bawang akan mengalami lonjakan.'],
		['turun', 'Harga pupuk akan turun bulan depan.'],
		['naik', 'Harga cabai akan naik menjelang Lebaran.'],
		['meningkat', 'Jumlah pemudik akan meningkat tahun ini.'],
		['menurun', 'Debit sungai akan menurun pada kemarau.'],
		['berdampak', 'Penutupan jalan itu akan berdampak pada pedagang.'],
		['memiliki', 'Desa itu akan memiliki lapangan voli baru.'],
		['melibatkan', 'Operasi pencarian itu akan melibatkan relawan pramuka.'],
		['bertindak', 'Sekda akan bertindak sebagai ketua panitia.'],
		['berperan', 'Karang taruna akan berperan sebagai relawan.'],
		['dilihat', 'Hasilnya akan dilihat setelah panen.'],
		['kita lihat', 'Hasilnya akan kita lihat bulan depan.'],
		['lihat', 'Kita akan lihat dulu hasil survei lapangan.'],
		['melihat', 'Warga akan melihat perubahan besar di taman kota.'],
		['diberi', 'Peserta terbaik akan diberi hadiah sepeda.'],
		['dihadiri', 'Acara itu akan dihadiri gubernur.'],
		['mencapai', 'Jumlah penerima akan mencapai seribu orang.'],
		['masuk', 'Musim hujan akan masuk bulan depan.'],
		['memasuki', 'Proyek itu akan memasuki tahap kedua.'],
		['terdampak', 'Ratusan rumah akan terdampak pelebaran sungai.'],
		['mengancam', 'Kekeringan akan mengancam sawah warga.'],
		['berpotensi', 'Cuaca buruk akan berpotensi menunda pelayaran.'],
		['dirasakan', 'Manfaatnya akan dirasakan warga desa.'],
		['menghadapi', 'Petani akan menghadapi musim kemarau panjang.'],
		['sulit', 'Target itu akan sulit tercapai.'],
		['mudah', 'Izin usaha akan mudah diurus secara daring.'],
		['lebih', 'Layanan itu akan lebih cepat.'],
		['semakin', 'Persaingan akan semakin ketat.']
	],
	nonAgentiveAdverbs: [
		['segera', 'Harga beras akan segera turun.'],
		['terus', 'Jumlah wisatawan akan terus meningkat.'],
		['kembali', 'Harga telur akan kembali naik.'],
		['juga', 'Sekolah itu akan juga menjadi posko pengungsi.']
	],
	duty: [
		['mengatur', 'Perda itu mengatur bahwa dinas akan memungut retribusi.'],
		['mengamanatkan', 'Aturan itu mengamanatkan bahwa dewan akan menggelar reses.'],
		['mewajibkan', 'Surat edaran mewajibkan bahwa sekolah akan melapor tiap bulan.'],
		['diatur', 'Tata tertib itu diatur sehingga pimpinan akan membuka sidang.'],
		['diamanatkan', 'Sebagaimana diamanatkan, dewan akan menyetujui usulan bersama bupati.'],
		['amanat undang-undang', 'Sesuai amanat undang-undang, dewan akan menyetujui usulan bersama gubernur.']
	],
	prediction: [
		['diprediksi', 'Pembangunan pasar diprediksi akan rampung bulan Juni.'],
		['diperkirakan', 'Perbaikan jembatan diperkirakan akan rampung akhir tahun.'],
		['diprediksikan', 'Pengerjaan gedung diprediksikan akan rampung Agustus.'],
		['diramalkan', 'Pemilihan ketua diramalkan akan berjalan alot.']
	],
	past: [
		['telah', 'Pemkab telah mengalokasikan dana untuk jalan desa.'],
		['sudah', 'Pemprov sudah menganggarkan honor bagi kader posyandu.'],
		['sempat', 'Pemkot sempat mengucurkan hibah bagi sanggar tari.'],
		['pernah', 'Pemkab pernah mengalokasikan dana untuk lomba perahu.'],
		['kemarin', 'Kemarin pemkab mengalokasikan dana bagi korban angin kencang.'],
		['lalu', 'Pekan lalu pemkot mengucurkan hibah bagi masjid.'],
		['tadi', 'Tadi pagi pemkot mengalokasikan dana bagi panti asuhan.']
	],
	condition: [
		['jika', 'Kami akan menambah guru jika keuangan daerah memungkinkan.'],
		['apabila', 'Dewan akan memanggil kepala dinas apabila laporan tidak masuk.'],
		['bila', 'Pemkab akan membuka loket tambahan bila antrean memanjang.'],
		['kalau', 'Kalau dana tersedia, kami siap membangun jembatan.'],
		['asalkan', 'Kami siap membantu asalkan berkasnya lengkap.'],
		['manakala', 'Dinas akan menggelar operasi pasar manakala harga melonjak.'],
		['seandainya', 'Seandainya disetujui, kami akan membuka kelas malam.'],
		['sesuai kemampuan', 'Bantuan akan ditambah sesuai kemampuan keuangan daerah.']
	],
	hedge: [
		['berupaya', 'Kami akan berupaya menambah armada sampah.'],
		['berusaha', 'Kami akan berusaha hadir di setiap desa.'],
		['mencoba', 'Dinas akan mencoba menambah jam layanan.'],
		['coba', 'Kami akan coba menambah armada sampah.'],
		['mengupayakan', 'Dinas akan mengupayakan tambahan kursi.'],
		['semaksimal mungkin', 'Kami akan membantu petani semaksimal mungkin.'],
		['sebisa mungkin', 'Kami akan hadir sebisa mungkin di setiap rapat.'],
		['sedapat mungkin', 'Dinas akan menekan antrean sedapat mungkin.'],
		['semampu', 'Kami akan membantu semampu kami.'],
		['berencana', 'Pemkab siap dan berencana membuka pasar malam.'],
		['rencananya', 'Dinas akan membuka pasar murah, rencananya di dekat terminal.'],
		['merencanakan', 'Dinas akan merencanakan pelatihan bagi kader.'],
		['menargetkan', 'Dinas akan menargetkan seribu penerima.'],
		['dengan rencana', 'Pemkab siap membuka pasar dengan rencana tiga lantai.'],
		['akan mendorong', 'Kami siap dan akan mendorong pembentukan pansus.'],
		['akan mengusulkan', 'Kami siap dan akan mengusulkan tambahan kuota.']
	],
	keywords: {
		budget: [
			['anggaran', 'Dewan akan membahas anggaran perjalanan dinas.'],
			['menganggarkan', 'Dinas akan menganggarkan honor relawan.'],
			['dianggarkan', 'Pengecatan gedung akan dianggarkan tahun depan.'],
			['apbd', 'Dewan akan membahas APBD pekan depan.'],
			['apbn', 'Kementerian akan menyoroti pos APBN itu.'],
			['apba', 'DPRA akan membahas APBA pekan depan.'],
			['dana', 'Desa akan menerima dana tambahan.'],
			['pendanaan', 'Pemkab siap mencari pendanaan dari swasta.'],
			['mendanai', 'Pemprov akan mendanai lomba itu.'],
			['alokasi', 'Dewan akan menggeser alokasi belanja pegawai.'],
			['mengalokasikan', 'Pemkot akan mengalokasikan sebagian pajak parkir.'],
			['dialokasikan', 'Sebagian pajak parkir akan dialokasikan ke kelurahan.'],
			['biaya', 'Pemkab akan menanggung biaya pemakaman.'],
			['membiayai', 'Pemprov akan membiayai seragam siswa.'],
			['pembiayaan', 'Dewan akan membahas pembiayaan gedung arsip.'],
			['hibah', 'Pemprov akan mengucurkan hibah bagi koperasi.'],
			['rupiah', 'Pemkab siap menyisihkan miliaran rupiah bagi nelayan.'],
			['rp', 'Pemkab akan menyiapkan Rp 5 miliar bagi taman.']
		],
		oversight: [
			['mengawasi', 'Kami akan mengawasi distribusi pupuk.'],
			['awasi', 'Kami akan awasi ketat lelang itu.'],
			['diawasi', 'Penyaluran pupuk akan diawasi ketat.'],
			['pengawasan', 'Dewan akan memperketat pengawasan gudang beras.'],
			['mengawal', 'Komisi akan mengawal penyaluran beras.'],
			['kawal', 'Kami akan kawal penyaluran beras itu.'],
			['dikawal', 'Penyaluran beras akan dikawal komisi.'],
			['pengawalan', 'Polres siap melakukan pengawalan distribusi logistik.'],
			['memantau', 'Kami akan memantau harga minyak goreng.'],
			['pantau', 'Kami akan pantau harga minyak goreng.'],
			['dipantau', 'Harga minyak goreng akan dipantau tiap hari.'],
			['pemantauan', 'Dinas akan menggelar pemantauan harga.'],
			['monitor', 'Kami akan monitor harga cabai.'],
			['memonitor', 'Kami akan memonitor harga cabai.'],
			['monitoring', 'Tim akan menggelar monitoring ke gudang.'],
			['memanggil', 'Dewan akan memanggil kepala dinas.'],
			['pemanggilan', 'Komisi akan menjadwalkan pemanggilan direksi.'],
			['panggil', 'Kami akan panggil kepala dinas.'],
			['dipanggil', 'Direksi akan dipanggil komisi.'],
			['mengevaluasi', 'DPRD akan mengevaluasi direksi perusahaan daerah.'],
			['evaluasi', 'Dinas akan melakukan evaluasi menyeluruh.'],
			['inspeksi', 'Komisi akan menggelar inspeksi ke gudang beras.'],
			['sidak', 'Komisi akan menggelar sidak ke gudang beras.'],
			['audit', 'Inspektorat akan melakukan audit atas keuangan desa.'],
			['mengaudit', 'Inspektorat akan mengaudit keuangan desa.'],
			['angket', 'Dewan siap menggulirkan hak angket.'],
			['interpelasi', 'Fraksi akan mengajukan interpelasi kepada bupati.']
		],
		regulation: [
			['perda', 'Dewan akan membahas perda retribusi.'],
			['raperda', 'Bapemperda akan membahas raperda pasar rakyat.'],
			['peraturan', 'Dinas akan mengkaji peraturan soal parkir.'],
			['regulasi', 'Pemkot akan menyiapkan regulasi soal pedagang kaki lima.'],
			['undang-undang', 'Komisi akan menelaah undang-undang itu.'],
			['ruu', 'DPR akan membahas RUU itu pekan depan.'],
			['legislasi', 'Dewan akan mempercepat legislasi daerah.'],
			['qanun', 'DPRK siap membahas qanun tentang zakat.'],
			['raqan', 'DPRK siap membahas raqan tentang zakat.'],
			['rpjmd', 'Dewan akan membahas RPJMD pekan depan.'],
			['rpjpd', 'Dewan akan membahas RPJPD pekan depan.'],
			['rpjp', 'Dewan akan membahas RPJP pekan depan.'],
			['perbup', 'Kami akan menerbitkan perbup tentang tata ruang.'],
			['pergub', 'Gubernur akan meneken pergub itu.'],
			['perwali', 'Wali kota akan meneken perwali itu.'],
			['perkada', 'Bupati akan meneken perkada itu.'],
			['omnibus', 'Pemerintah akan menyiapkan omnibus soal perizinan.'],
			['hak inisiatif', 'Fraksi akan memakai hak inisiatif dewan.']
		],
		program: [
			['program', 'Pemprov siap menyosialisasikan program vaksinasi.'],
			['kegiatan', 'Rutan akan menggelar kegiatan keterampilan.'],
			['pembangunan', 'Pemkab akan memulai pembangunan gedung arsip.'],
			['membangun', 'Dinas akan membangun gedung baru.'],
			['pembinaan', 'Lapas akan menggiatkan pembinaan kemandirian.'],
			['pelayanan', 'Kami akan mempercepat pelayanan di kantor camat.'],
			['bantuan', 'Dinas akan menyalurkan bantuan bibit.'],
			['pemberdayaan', 'Rutan akan ikut serta dalam pemberdayaan warga sekitar.'],
			['pengembangan', 'Pemkab akan fokus pada pengembangan wisata.'],
			['mengembangkan', 'Pemkab akan mengembangkan wisata desa.'],
			['visi misi', 'Gubernur berjanji bekerja sesuai visi misi saat pilkada.'],
			['janji kampanye', 'Wali kota berjanji akan menuntaskan janji kampanye.'],
			['pertanian', 'Dinas akan fokus pada pertanian organik.'],
			['pendidikan', 'Kami akan mengutamakan pendidikan anak nelayan.'],
			['kesehatan', 'Kami akan mengutamakan kesehatan ibu hamil.'],
			['infrastruktur', 'Pemkab akan mengutamakan infrastruktur desa.'],
			['perbaikan', 'Dinas akan memulai perbaikan trotoar.'],
			['penanganan', 'Pemkab akan mengutamakan penanganan korban longsor.'],
			['makan bergizi', 'Pemprov siap memulai makan bergizi gratis pekan depan.'],
			['beasiswa', 'Pemkab akan membuka beasiswa bagi anak petani.'],
			['sekolah', 'Dinas akan mengecat sekolah di pinggir kota.'],
			['rumah sakit', 'Pemprov akan menggratiskan parkir rumah sakit.'],
			['proyek', 'Komisi siap menuntaskan proyek itu.'],
			['rehabilitasi', 'Dinas akan memulai rehabilitasi gedung arsip.'],
			['revitalisasi', 'Pemkot akan memulai revitalisasi taman kota.'],
			['jalan', 'Dinas akan mengaspal jalan desa.'],
			['jembatan', 'Dinas akan mengecat jembatan desa.'],
			['pasar', 'Pemkot akan menggratiskan sewa pasar.'],
			['puskesmas', 'Pemkab akan membuka puskesmas keliling.'],
			['irigasi', 'Dinas akan mengeruk saluran irigasi.'],
			['drainase', 'Dinas akan mengeruk drainase kota.'],
			['air bersih', 'Pemkab akan menuntaskan pipa air bersih.']
		],
		other: [
			['birokrasi', 'Bupati berjanji akan merampingkan birokrasi kecamatan.'],
			['komunikasi', 'Pemkot akan menjalin komunikasi intensif dengan provinsi.'],
			['koordinasi', 'Dinas akan mengintensifkan koordinasi antarinstansi.'],
			['kualitas', 'Kami akan menjaga kualitas layanan.'],
			['kinerja', 'Inspektorat akan menilai kinerja pegawai.'],
			['personel', 'Polres akan menambah personel di pos mudik.'],
			['disiplin', 'Pemeriksaan disiplin akan digelar bagi semua pegawai.'],
			['integritas', 'Kami akan menjaga integritas lembaga ini.'],
			['lobi', 'Bupati akan melakukan lobi ke kementerian.'],
			['melobi', 'Bupati akan melobi kementerian.']
		]
	},
	verbCategories: {
		regulation: [
			['mengesahkan', 'Dewan akan mengesahkan usulan itu pekan depan.'],
			['sahkan', 'Dewan siap sahkan usulan itu.'],
			['mengesahkannya', 'Dewan berkomitmen mengesahkannya sebelum reses.'],
			['menetapkan', 'Dewan akan menetapkan usulan itu pekan depan.']
		],
		program: [
			['memperbaiki', 'Dinas akan memperbaiki gapura desa.'],
			['merehabilitasi', 'Dinas akan merehabilitasi gedung tua itu.'],
			['membenahi', 'Dinas akan membenahi taman kota.'],
			['menata', 'Pemkot akan menata kawasan kota tua.'],
			['mendukung', 'Kami akan mendukung usulan warga.'],
			['menyukseskan', 'Polres siap menyukseskan vaksinasi massal.'],
			['sukseskan', 'Kami siap sukseskan gerakan menanam pohon.'],
			['mewujudkan', 'Kami akan mewujudkan taman bermain anak.'],
			['melaksanakan', 'Dinas akan melaksanakan arahan gubernur.'],
			['menjalankan', 'Kami akan menjalankan arahan gubernur.'],
			['memperluas', 'Pemkab siap memperluas jangkauan internet desa.'],
			['menambah', 'Dinas akan menambah armada sampah.'],
			['membantu', 'Kami akan membantu warga korban banjir.'],
			['memprioritaskan', 'Pemkab akan memprioritaskan korban longsor.'],
			['meningkatkan', 'Dinas akan meningkatkan mutu air minum.'],
			['memperkuat', 'Kami akan memperkuat posko siaga.'],
			['kuatkan', 'Kami akan kuatkan posko siaga.']
		]
	},
	stopWords: [
		['sehingga', 'Kami siap hadir sehingga anggaran tidak terbuang.'],
		['agar', 'Kami akan hadir agar anggaran tidak bocor.'],
		['supaya', 'Kami akan hadir supaya anggaran tidak bocor.'],
		['guna', 'Kami akan hadir guna memastikan anggaran tepat sasaran.'],
		['karena', 'Kami siap hadir karena anggaran sudah tersedia.'],
		['sebab', 'Kami siap hadir sebab anggaran sudah tersedia.'],
		['hingga tidak', 'Kami akan bekerja keras hingga tidak ada anggaran yang bocor.']
	],
	requestOpeners: [
		['agar', 'Warga meminta dewan agar menambah anggaran sekolah.'],
		['supaya', 'Dinas meminta DPRD supaya menambah anggaran obat.']
	],
	means: [
		['melalui', 'Dewan siap membantu melalui fungsi anggaran.'],
		['lewat', 'Dewan siap membantu lewat fungsi pengawasan.'],
		['dalam bentuk', 'Pemkab siap membantu dalam bentuk hibah.']
	],
	policyVerbs: [
		['menyusun', 'Pemkot akan menyusun kebijakan parkir.'],
		['membuat', 'Pemkot akan membuat kebijakan parkir.'],
		['merumuskan', 'Pemkot akan merumuskan kebijakan parkir.'],
		['menerbitkan', 'Pemkot akan menerbitkan kebijakan parkir.'],
		['mengeluarkan', 'Pemkot akan mengeluarkan kebijakan baru soal parkir.'],
		['menetapkan', 'Pemkot akan menetapkan kebijakan parkir.'],
		['merevisi', 'Pemkot akan merevisi kebijakan parkir.'],
		['mengubah', 'Pemkot akan mengubah kebijakan parkir.']
	],
	policyNouns: [['kebijakan', 'Pemkot akan menyusun kebijakan baru soal sampah.']],
	compoundModifiers: [],
	reportingVerbs: [],
	relativePronouns: [['yang', 'Dewan akan menemui warga yang menolak perda.']],
	coordinators: [
		['dan', 'Dewan akan mengawasi proyek dan anggaran desa.'],
		['serta', 'Dewan akan mengawasi proyek serta anggaran desa.']
	]
};
