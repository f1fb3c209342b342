// Bahasa Indonesia: the default language, written as a participant at the booth would say it.
// A flat object of `key: text`; `{name}` marks a value filled in by `t`. Add keys here first —
// messages.en.ts must then have the same keys, or it fails to compile.

export const id = {
  // Identifiers
  'nik.empty': 'NIK belum diisi. NIK adalah 16 angka yang tertulis di e-KTP Anda.',
  'nik.notDigits': 'NIK hanya berisi angka. Hapus huruf atau tanda lain yang ikut terketik.',
  'nik.length': 'NIK harus 16 angka. Anda mengisi {count} angka.',
  'nik.province': 'Dua angka pertama NIK bukan kode provinsi. Cocokkan lagi dengan e-KTP Anda.',
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

  // Claims
  'claim.JHT': 'Jaminan Hari Tua (JHT)',
  'claim.JKK': 'Jaminan Kecelakaan Kerja (JKK)',
  'claim.JKM': 'Jaminan Kematian (JKM)',
  'claim.JP': 'Jaminan Pensiun (JP)',
  'reason.JHT.resignation': 'Berhenti bekerja atas kemauan sendiri',
  'reason.JHT.layoff': 'Terkena PHK',
  'reason.JHT.contractEnd': 'Kontrak kerja sudah selesai',
  'reason.JHT.age56': 'Sudah berusia 56 tahun (pensiun)',
  'reason.JHT.disability': 'Cacat total tetap',
  'reason.JHT.leavingIndonesia': 'Pindah ke luar negeri untuk selamanya',
  'reason.JHT.death': 'Peserta meninggal dunia (diajukan ahli waris)',
  'reason.JKK.standard': 'Kecelakaan kerja atau penyakit akibat kerja',
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
  'doc.retirementLetter': 'Surat keterangan pensiun dari perusahaan',
  'doc.savingsBook': 'Buku tabungan atas nama Anda sendiri',
  'doc.recentPhoto': 'Pas foto terbaru',
  'doc.formF5': 'Formulir F5 (pengajuan JHT) yang sudah diisi',
  'doc.npwp': 'Kartu NPWP',
  'doc.doctorCertificate': 'Surat keterangan dokter',
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
  'docNote.npwpAboveThreshold':
    'Wajib jika saldo JHT lebih dari Rp50 juta. Tanpa NPWP, pajaknya 20% lebih tinggi.',
  'docNote.npwpIfAny': 'Bawa jika Anda punya NPWP.',
  'docNote.layoffLetter': 'Surat PHK dari perusahaan.',
  'docNote.contractEndLetter': 'Surat keterangan bahwa kontrak kerja sudah selesai.',
  'docNote.resignationOrContract': 'Boleh diganti dengan kontrak kerja.',
  'docNote.kitasForeigner': 'Untuk tenaga kerja asing.',
  'docNote.accidentReportStages': 'Laporan tahap I dan tahap II, biasanya diisi oleh perusahaan.',
  'docNote.doctorReport': 'Laporan dari dokter yang merawat.',
  'docNote.receiptsIfPaid': 'Hanya jika Anda membayar sendiri biayanya.',
  'docNote.guardianshipMinors': 'Jika ada ahli waris yang belum dewasa.',
  'docNote.policeReportRoad': 'Untuk kecelakaan lalu lintas.',

  // Pre-checks before the officer joins
  'precheck.nikStructure.ok': 'Susunan NIK benar.',
  'precheck.nikBirthDate.ok': 'Tanggal lahir di NIK sama dengan tanggal lahir Anda ({birthDate}).',
  'precheck.nikBirthDate.mismatch':
    'Tanggal lahir di NIK ({nikBirthDate}) berbeda dengan tanggal lahir Anda ({statedBirthDate}). Cocokkan lagi NIK dengan e-KTP Anda.',
  'precheck.nikSex.ok': 'Jenis kelamin di NIK sesuai.',
  'precheck.nikSex.nikFemale':
    'Menurut NIK Anda perempuan, tetapi data Anda laki-laki. Cocokkan lagi NIK dengan e-KTP Anda.',
  'precheck.nikSex.nikMale':
    'Menurut NIK Anda laki-laki, tetapi data Anda perempuan. Cocokkan lagi NIK dengan e-KTP Anda.',
  'precheck.kpjFormat.ok': 'Nomor KPJ benar.',
  'precheck.npwpRequired.notNeeded': 'Saldo JHT Anda tidak lebih dari Rp{threshold}, jadi NPWP tidak wajib.',
  'precheck.npwpRequired.provided': 'Saldo JHT Anda lebih dari Rp{threshold}, dan NPWP sudah diisi.',
  'precheck.npwpRequired.missing':
    'Saldo JHT Anda lebih dari Rp{threshold}, jadi NPWP wajib. Isi NPWP Anda, atau tanyakan kepada petugas.',
  'precheck.npwpFormat.ok': 'NPWP benar.',
  'precheck.accountHolder.match': 'Nama di buku tabungan sama dengan nama Anda.',
  'precheck.accountHolder.partial':
    'Nama di buku tabungan ({accountHolder}) hanya sebagian sama dengan nama Anda ({participantName}). Petugas akan memeriksanya.',
  'precheck.accountHolder.mismatch':
    'Nama di buku tabungan ({accountHolder}) berbeda dengan nama Anda ({participantName}). Rekening harus atas nama sendiri.',
  'precheck.jhtTax.none': 'Saldo JHT Rp{balance} tidak kena pajak. Anda menerima Rp{net}.',
  'precheck.jhtTax.amount': 'Pajak JHT Rp{tax}. Dari saldo Rp{balance}, Anda menerima Rp{net}.',
  'precheck.jhtTax.noNpwpSurcharge':
    'Tanpa NPWP, pajak JHT Rp{tax} (Rp{extra} lebih tinggi). Dari saldo Rp{balance}, Anda menerima Rp{net}.',

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
  'error.NO_FREE_SLOT': 'Tidak ada tempat kosong di meja petugas.',
  'error.MEDIA_ERROR': 'Kamera atau mikrofon bermasalah.',
  'error.INTERNAL': 'Terjadi gangguan di server cabang. Permintaan Anda tidak diproses; silakan coba lagi.',
  'error.TIMEOUT': 'Server cabang tidak menjawab. Periksa jaringan lalu coba lagi.',
} as const;

export type MessageKey = keyof typeof id;
