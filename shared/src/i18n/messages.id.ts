// Bahasa Indonesia: the default language, written as a participant at the booth would say it.
// A flat object of `key: text`; `{name}` marks a value filled in by `t`. Add keys here first —
// messages.en.ts must then have the same keys, or it fails to compile.

export const id = {
  // Identifiers
  'nik.empty': 'NIK belum diisi. NIK adalah 16 angka yang tertulis di e-KTP Anda.',
  'nik.notDigits': 'NIK hanya berisi angka. Hapus huruf atau tanda lain yang ikut terketik.',
  'nik.length': 'NIK harus 16 angka. Anda mengisi {count} angka.',
  'nik.province': 'Dua angka pertama NIK bukan kode provinsi. Cocokkan lagi dengan e-KTP Anda.',
  'nik.regency':
    'Angka ke-3 dan ke-4 NIK (kabupaten atau kota) tidak boleh 00. Cocokkan lagi dengan e-KTP Anda.',
  'nik.district': 'Angka ke-5 dan ke-6 NIK (kecamatan) tidak boleh 00. Cocokkan lagi dengan e-KTP Anda.',
  'nik.day': 'Angka ke-7 dan ke-8 NIK (tanggal lahir) tidak mungkin benar. Cocokkan lagi dengan e-KTP Anda.',
  'nik.month': 'Angka ke-9 dan ke-10 NIK (bulan lahir) harus 01 sampai 12. Cocokkan lagi dengan e-KTP Anda.',
  'nik.date': 'Tanggal lahir di dalam NIK tidak ada di kalender. Cocokkan lagi dengan e-KTP Anda.',
  'nik.serial': 'Empat angka terakhir NIK tidak boleh 0000. Cocokkan lagi dengan e-KTP Anda.',
  'kpj.empty': 'Nomor KPJ belum diisi. Nomor ini ada di kartu peserta BPJS Ketenagakerjaan Anda.',
  'kpj.notDigits': 'Nomor KPJ hanya berisi angka. Cocokkan lagi dengan kartu peserta Anda.',
  'kpj.length': 'Nomor KPJ harus 11 angka (kartu lama 8 sampai 10 angka). Anda mengisi {count} angka.',
  'kpj.oldFormat': 'Nomor KPJ Anda dari kartu lama. Tidak apa-apa, petugas akan mencocokkannya.',
  'npwp.empty': 'NPWP belum diisi.',
  'npwp.notDigits': 'NPWP hanya berisi angka. Titik dan tanda hubung boleh ikut diketik.',
  'npwp.length': 'NPWP harus 15 angka (NPWP lama) atau 16 angka.',
  'npwp.zero': 'NPWP yang berisi nol semua bukan NPWP.',

  // Claims
  'claim.JHT': 'Jaminan Hari Tua (JHT)',
  'claim.JKK': 'Jaminan Kecelakaan Kerja (JKK)',
  'claim.JKM': 'Jaminan Kematian (JKM)',
  'claim.JP': 'Jaminan Pensiun (JP)',
  'reason.JHT.resignation': 'Berhenti bekerja atas kemauan sendiri',
  'reason.JHT.layoff': 'Terkena PHK',
  'reason.JHT.contractEnd': 'Kontrak kerja sudah selesai',
  'reason.JHT.age56': 'Sudah mencapai usia pensiun (56 tahun)',
  'reason.JHT.disability': 'Cacat total tetap',
  'reason.JHT.leavingIndonesia': 'Meninggalkan Indonesia untuk selamanya',
  'reason.JHT.death': 'Peserta meninggal dunia (diajukan ahli waris)',
  'reason.JHT.partialRetirement': 'Ambil sebagian (10%) untuk persiapan pensiun, masih bekerja',
  'reason.JHT.partialHousing': 'Ambil sebagian (30%) untuk perumahan, masih bekerja',
  'reason.JKK.workAccident': 'Kecelakaan kerja',
  'reason.JKK.accidentDeath': 'Peserta meninggal karena kecelakaan kerja (diajukan ahli waris)',
  'reason.JKK.occupationalDisease': 'Penyakit akibat kerja',
  'reason.JKM.standard': 'Peserta meninggal dunia (diajukan ahli waris)',
  'reason.JP.oldAge': 'Pensiun hari tua',
  'reason.JP.disability': 'Pensiun karena cacat',
  'reason.JP.survivor': 'Pensiun untuk janda, duda, atau anak',

  // Documents: originals are shown to the officer on camera
  'doc.kpjCard': 'Kartu peserta BPJS Ketenagakerjaan (KPJ) asli',
  'doc.ektp': 'e-KTP asli',
  'doc.kitas': 'KITAS asli',
  'doc.passport': 'Paspor asli',
  'doc.familyCard': 'Kartu Keluarga (KK) asli',
  'doc.resignationLetter': 'Surat keterangan berhenti bekerja (paklaring) asli',
  'doc.notWorkingStatement': 'Surat pernyataan sudah tidak bekerja lagi',
  'doc.activeEmploymentLetter': 'Surat keterangan dari perusahaan bahwa Anda masih bekerja',
  'doc.housingDocuments': 'Dokumen pembelian atau kredit rumah (misalnya perjanjian KPR)',
  'doc.savingsBook': 'Buku tabungan atas nama Anda sendiri',
  'doc.recentPhoto': 'Pas foto terbaru',
  'doc.formF5': 'Formulir F5 (pengajuan JHT) yang sudah diisi',
  'doc.npwp': 'Kartu NPWP',
  'doc.doctorCertificate': 'Surat keterangan dokter',
  'doc.workHistoryStatement': 'Surat keterangan riwayat pekerjaan dari perusahaan',
  'doc.notReturningStatement':
    'Surat pernyataan tidak kembali ke Indonesia atau tidak bekerja lagi di Indonesia',
  'doc.deathCertificate': 'Akta kematian atau surat keterangan kematian',
  'doc.heirCertificate': 'Surat keterangan ahli waris',
  'doc.heirKtp': 'e-KTP ahli waris',
  'doc.heirSavingsBook': 'Buku tabungan atas nama ahli waris',
  'doc.guardianshipPapers': 'Surat perwalian untuk anak yang belum dewasa',
  'doc.marriageBook': 'Buku nikah',
  'doc.employerReference': 'Surat keterangan dari perusahaan tempat peserta bekerja',
  'doc.accidentReport': 'Formulir laporan kecelakaan kerja',
  'doc.chronology': 'Kronologi (cerita kejadian) kecelakaan',
  'doc.witnessStatements': 'Keterangan saksi',
  'doc.policeReport': 'Laporan polisi',
  'doc.receipts': 'Kuitansi biaya pengobatan dan transport',
  'doc.form7': 'Formulir 7 (pengajuan Jaminan Pensiun) yang sudah diisi',
  'doc.employerCertificate': 'Surat keterangan dari perusahaan',
  'docNote.npwpWhereRequired':
    'Wajib jika saldo JHT lebih dari Rp50 juta, atau jika Anda pernah mengambil JHT sebagian.',
  'docNote.layoffLetter': 'Surat PHK dari perusahaan, atau tanda terima laporan PHK dari dinas tenaga kerja.',
  'docNote.contractEndLetter': 'Surat keterangan bahwa kontrak kerja sudah selesai, atau kontrak kerjanya.',
  'docNote.nonWageStatement': 'Untuk peserta bukan penerima upah (pekerja mandiri): dibuat sendiri.',
  'docNote.passportMigrant': 'Untuk pekerja migran Indonesia.',
  'docNote.kitasForeigner': 'Untuk tenaga kerja asing.',
  'docNote.totalDisability': 'Dari dokter pemeriksa atau dokter penasihat, menyatakan cacat total tetap.',
  'docNote.occupationalDisease': 'Dari dokter pemeriksa, menyatakan penyakit akibat kerja.',
  'docNote.accidentReportStages': 'Laporan tahap I dan tahap II, biasanya diisi oleh perusahaan.',
  'docNote.doctorReport': 'Laporan dari dokter yang merawat.',
  'docNote.receiptsIfPaid': 'Hanya jika Anda membayar sendiri biayanya.',
  'docNote.guardianshipMinors': 'Jika ada ahli waris yang belum dewasa.',
  'docNote.policeReportRoad': 'Untuk kecelakaan lalu lintas.',

  // Pre-checks: read by the CSO on the officer station, about the participant ("peserta")
  'precheck.nikStructure.ok': 'Susunan NIK benar (provinsi {province}).',
  'precheck.nikStructure.empty': 'NIK peserta kosong.',
  'precheck.nikStructure.notDigits': 'NIK peserta berisi tanda selain angka.',
  'precheck.nikStructure.length': 'NIK peserta {count} angka, seharusnya 16.',
  'precheck.nikStructure.province': 'Dua angka pertama NIK bukan kode provinsi Kemendagri.',
  'precheck.nikStructure.regency': 'Kode kabupaten/kota di NIK (angka ke-3 dan ke-4) tidak boleh 00.',
  'precheck.nikStructure.district': 'Kode kecamatan di NIK (angka ke-5 dan ke-6) tidak boleh 00.',
  'precheck.nikStructure.day': 'Tanggal lahir di NIK tidak mungkin benar.',
  'precheck.nikStructure.month': 'Bulan lahir di NIK tidak mungkin benar.',
  'precheck.nikStructure.date': 'Tanggal lahir di NIK tidak ada di kalender.',
  'precheck.nikStructure.serial': 'Nomor urut NIK tidak boleh 0000.',
  'precheck.nikBirthDate.ok': 'Tanggal lahir di NIK sama dengan data peserta ({birthDate}).',
  'precheck.nikBirthDate.mismatch':
    'Tanggal lahir di NIK ({nikBirthDate}) berbeda dengan data peserta ({statedBirthDate}). NIK tidak berubah walau tanggal lahir dikoreksi: cocokkan dengan e-KTP asli.',
  'precheck.nikSex.ok': 'Jenis kelamin di NIK sesuai data peserta.',
  'precheck.nikSex.nikFemale':
    'Menurut NIK peserta perempuan, data peserta laki-laki. Cocokkan dengan e-KTP asli.',
  'precheck.nikSex.nikMale':
    'Menurut NIK peserta laki-laki, data peserta perempuan. Cocokkan dengan e-KTP asli.',
  'precheck.kpjFormat.ok': 'Nomor KPJ benar.',
  'precheck.kpjFormat.empty': 'Nomor KPJ peserta kosong.',
  'precheck.kpjFormat.notDigits': 'Nomor KPJ peserta berisi tanda selain angka.',
  'precheck.kpjFormat.length': 'Nomor KPJ peserta {count} angka, seharusnya 11 (kartu lama 8 sampai 10).',
  'precheck.kpjFormat.oldFormat': 'Nomor KPJ dari kartu lama: cocokkan dengan data kepesertaan.',
  'precheck.npwpFormat.sameAsNik': 'NPWP sama dengan NIK peserta (orang pribadi penduduk).',
  'precheck.npwpFormat.otherNik': 'NPWP {npwp} berbentuk NIK, tetapi bukan NIK peserta.',
  'precheck.npwpFormat.legacy': 'NPWP {npwp} berbentuk lama (0 + 15 angka), sesuai untuk bukan penduduk.',
  'precheck.npwpFormat.legacyResident':
    'NPWP {npwp} berbentuk lama. Untuk orang pribadi penduduk, NPWP adalah NIK ({nik}): pastikan dengan peserta.',
  'precheck.npwpFormat.empty': 'NPWP kosong.',
  'precheck.npwpFormat.notDigits': 'NPWP berisi tanda selain angka, titik atau tanda hubung.',
  'precheck.npwpFormat.length': 'NPWP harus 15 angka (NPWP lama) atau 16 angka.',
  'precheck.npwpFormat.zero': 'NPWP berisi nol semua: bukan NPWP.',
  'precheck.npwpRequired.notNeeded': 'Saldo JHT tidak lebih dari Rp{threshold}: NPWP tidak wajib.',
  'precheck.npwpRequired.provided': 'NPWP wajib dan sudah ada.',
  'precheck.npwpRequired.missing': 'Saldo JHT lebih dari Rp{threshold}: NPWP wajib, belum ada yang sah.',
  'precheck.npwpRequired.missingAfterPartial':
    'Peserta pernah mengambil JHT sebagian ({date}): NPWP wajib, belum ada yang sah.',
  'precheck.npwpRequired.unknownBalance': 'Saldo JHT belum diisi: perlu tidaknya NPWP perlu dikonfirmasi.',
  'precheck.jhtTax.none': 'JHT Rp{amount} tidak kena pajak. Diterima Rp{net}.',
  'precheck.jhtTax.final': 'Pajak final JHT Rp{tax} (PP 68/2009). Dari Rp{amount}, diterima Rp{net}.',
  'precheck.jhtTax.progressive':
    'Dibayar pada tahun kalender ketiga atau sesudahnya sejak {since}: tarif Pasal 17 UU PPh, pajak Rp{tax}. Dari Rp{amount}, diterima Rp{net}.',
  'precheck.jhtTax.surcharge':
    'Tanpa NPWP pajak ditambah {surcharge}% (pengaturan cabang): pajak Rp{tax}. Dari Rp{amount}, diterima Rp{net}.',
  'precheck.accountHolder.match': 'Nama di buku tabungan sama dengan nama peserta.',
  'precheck.accountHolder.partial':
    'Nama di buku tabungan ({accountHolder}) hanya sebagian sama dengan nama peserta ({participantName}): periksa buku tabungan asli.',
  'precheck.accountHolder.mismatch':
    'Nama di buku tabungan ({accountHolder}) berbeda dengan nama peserta ({participantName}). Rekening harus atas nama peserta.',
  'precheck.accountHolder.missing': 'Nama di buku tabungan belum diisi: perlu dikonfirmasi.',
  'precheck.accountHolder.nameUnknown':
    'Nama peserta tidak ada di data cabang: bandingkan nama di buku tabungan ({accountHolder}) dengan e-KTP asli.',
  'precheck.accountHolder.heirMatch': 'Nama di buku tabungan sama dengan nama ahli waris.',
  'precheck.accountHolder.heirPartial':
    'Nama di buku tabungan ({accountHolder}) hanya sebagian sama dengan nama ahli waris ({heirName}): periksa buku tabungan asli.',
  'precheck.accountHolder.heirMismatch':
    'Nama di buku tabungan ({accountHolder}) berbeda dengan nama ahli waris ({heirName}). Rekening harus atas nama ahli waris.',
  'precheck.accountHolder.heirUnknown':
    'Nama ahli waris belum diisi: bandingkan nama di buku tabungan ({accountHolder}) dengan surat keterangan ahli waris.',
  'precheck.jhtWorkEnd.ok': 'Berhenti bekerja {workEnd}; JHT dapat dibayar sejak {eligibleFrom}.',
  'precheck.jhtWorkEnd.waiting':
    'Berhenti bekerja {workEnd}; masa tunggu 1 bulan belum lewat. JHT dapat dibayar mulai {eligibleFrom}.',
  'precheck.jhtWorkEnd.unknown':
    'Tanggal berhenti bekerja tidak ada di data cabang: perlu dikonfirmasi dari surat asli.',
  'precheck.jhtWorkEnd.future': 'Tanggal berhenti bekerja ({workEnd}) belum tiba.',
  'precheck.jhtWorkEnd.nonWage':
    'Peserta bukan penerima upah: berhenti bekerja dengan pernyataan sendiri, tanpa masa tunggu.',
  'precheck.jhtPensionAge.ok': 'Usia {age} tahun, sudah mencapai usia pensiun {pensionAge} tahun.',
  'precheck.jhtPensionAge.tooYoung':
    'Usia {age} tahun, belum mencapai usia pensiun {pensionAge} tahun (mulai {eligibleFrom}).',
  'precheck.jhtPartial.ok':
    'Peserta sejak {since} (10 tahun atau lebih): boleh mengambil {percent}% satu kali.',
  'precheck.jhtPartial.tooShort':
    'Peserta sejak {since}: belum 10 tahun. JHT sebagian baru boleh mulai {eligibleFrom}.',
  'precheck.jhtPartial.already': 'Peserta sudah mengambil JHT sebagian pada {date}: hanya boleh satu kali.',
  'precheck.jhtPartial.unknown':
    'Tanggal mulai kepesertaan tidak ada di data cabang: syarat 10 tahun perlu dikonfirmasi.',
  'precheck.jhtPartial.workEnded':
    'Menurut data cabang peserta berhenti bekerja {workEnd}: JHT sebagian untuk peserta yang masih bekerja. Konfirmasi.',
  'precheck.leavingIndonesia.foreigner': 'Tenaga kerja asing yang meninggalkan Indonesia untuk selamanya.',
  'precheck.leavingIndonesia.citizen':
    'Peserta WNI atau kewarganegaraan tidak diketahui: pastikan alasan meninggalkan Indonesia berlaku untuknya.',
  'precheck.deathDate.ok': 'Tanggal meninggal menurut data cabang: {date}.',
  'precheck.deathDate.unknown':
    'Tanggal meninggal tidak ada di data cabang: perlu dikonfirmasi dari akta kematian.',
  'precheck.deathDate.future': 'Tanggal meninggal di data cabang ({date}) belum tiba: data salah.',
  'precheck.jpPensionAge.ok': 'Sudah mencapai usia pensiun JP ({pensionAge} tahun) sejak {since}.',
  'precheck.jpPensionAge.tooYoung': 'Belum mencapai usia pensiun JP: {pensionAge} tahun pada {eligibleFrom}.',
  'precheck.jpBenefit.monthly': 'Masa iur {months} bulan (minimal {minimum}): pensiun bulanan.',
  'precheck.jpBenefit.lumpSum':
    'Masa iur {months} bulan, kurang dari {minimum}: dibayar sekaligus (iuran ditambah hasil pengembangan), bukan bulanan.',
  'precheck.jpBenefit.unknown':
    'Masa iur JP tidak ada di data cabang: bulanan atau sekaligus perlu dikonfirmasi.',

  // Error codes of failed acks (shared/src/protocol/errors.ts) and client timeouts
  'error.BAD_REQUEST': 'Data yang dikirim tidak lengkap atau salah. Periksa lagi isian Anda.',
  'error.PAYLOAD_TOO_LARGE': 'Data terlalu besar untuk dikirim.',
  'error.UNKNOWN_EVENT': 'Permintaan tidak dikenal oleh server cabang.',
  'error.UNAUTHENTICATED': 'Perangkat ini belum terdaftar atau sesi sudah berakhir. Silakan masuk lagi.',
  'error.FORBIDDEN': 'Anda tidak berwenang melakukan ini.',
  'error.NOT_FOUND': 'Data tidak ditemukan.',
  'error.CONFLICT': 'Langkah ini belum bisa dilakukan sekarang.',
  'error.INVALID_CREDENTIALS': 'Nama pengguna atau kata sandi salah.',
  'error.LOCKED_OUT': 'Akun dikunci sementara karena terlalu banyak percobaan masuk. Coba lagi nanti.',
  'error.PASSWORD_CHANGE_REQUIRED':
    'Kata sandi benar, tetapi Anda harus memilih kata sandi baru sebelum masuk.',
  'error.WEAK_PASSWORD': 'Kata sandi baru minimal 10 karakter dan tidak boleh sama dengan nama pengguna.',
  'error.ACCOUNT_DISABLED': 'Akun ini dinonaktifkan. Hubungi TI cabang.',
  'error.NO_FREE_SLOT': 'Tidak ada tempat kosong di meja petugas.',
  'error.MEDIA_ERROR': 'Kamera atau mikrofon bermasalah.',
  'error.APPROVAL_BLOCKED':
    'Persetujuan ditolak: ada pemeriksaan yang gagal, peringatan yang belum dikonfirmasi dengan alasan, atau dokumen wajib yang belum diverifikasi.',
  'error.INTERNAL': 'Terjadi gangguan di server cabang. Permintaan Anda tidak diproses; silakan coba lagi.',
  'error.TIMEOUT': 'Server cabang tidak menjawab. Periksa jaringan lalu coba lagi.',
} as const;

export type MessageKey = keyof typeof id;
