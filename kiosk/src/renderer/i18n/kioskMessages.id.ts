// The kiosk's own screen texts in Bahasa Indonesia (the default), written for a participant who
// may be elderly or unused to computers: short sentences, everyday words. Domain labels (claims,
// reasons, documents, NIK/KPJ messages, error codes) come from @bilik/shared's dictionaries;
// only what no other app shows lives here. `{name}` marks a value filled in by tx().

export const kioskId = {
  'app.title': 'Bilik Layanan BPJS Ketenagakerjaan',
  'app.loading': 'Memuat…',

  'toolbar.label': 'Pengaturan tampilan',
  'toolbar.language': 'Bahasa',
  'toolbar.largeText': 'Huruf besar',
  'toolbar.highContrast': 'Kontras tinggi',
  'toolbar.speech': 'Suara panduan',
  'help.call': 'Panggil petugas',
  'help.called': 'Petugas sudah dipanggil. Mohon tunggu sebentar.',
  'connection.offline': 'Koneksi ke server cabang terputus. Sedang menyambung kembali…',
  'connection.restored': 'Koneksi ke server cabang tersambung kembali.',

  'enroll.title': 'Pendaftaran bilik',
  'enroll.intro':
    'Bilik ini belum terdaftar di server cabang. Petugas TI cabang: masukkan kode pendaftaran dari halaman admin.',
  'enroll.codeLabel': 'Kode pendaftaran',
  'enroll.submit': 'Daftarkan bilik',
  'enroll.working': 'Mendaftarkan bilik…',
  'enroll.codeTooShort': 'Kode pendaftaran paling sedikit 6 karakter.',
  'enroll.codeUnknown': 'Kode pendaftaran tidak dikenal, sudah dipakai, atau kedaluwarsa. Minta kode baru.',
  'enroll.refused':
    'Server cabang menolak bilik ini; pendaftarannya mungkin sudah dicabut. Masukkan kode pendaftaran baru.',
  'enroll.network': 'Server cabang tidak dapat dihubungi. Periksa jaringan lalu coba lagi.',
  'enroll.done': 'Bilik terdaftar sebagai {boothName}.',

  'attract.title': 'Selamat datang di layanan BPJS Ketenagakerjaan',
  'attract.subtitle': 'Ajukan klaim JHT, JKK, JKM, atau JP. Petugas akan melayani Anda melalui video.',
  'attract.start': 'Sentuh untuk mulai',
  'attract.scanHint': 'Punya kode booking? Arahkan QR booking ke alat pemindai.',

  'checkIn.title': 'Masukkan NIK dan nomor KPJ',
  'checkIn.scanHint': 'Punya kode booking? Arahkan QR booking ke alat pemindai kapan saja.',
  'checkIn.nikLabel': 'NIK (16 angka di e-KTP)',
  'checkIn.kpjLabel': 'Nomor KPJ (di kartu peserta)',
  'checkIn.submit': 'Lanjut',
  'checkIn.working': 'Mencari data Anda…',
  'checkIn.back': 'Kembali',
  'checkIn.fixFields': 'Periksa lagi isian yang ditandai.',
  'checkIn.bookingWorking': 'Membaca kode booking…',
  'checkIn.bookingNotFound':
    'Kode booking tidak ditemukan atau sudah dipakai. Masukkan NIK dan KPJ, atau panggil petugas.',
  'checkIn.cameraQr': 'Pindai QR dengan kamera',
  'checkIn.cameraQrHint': 'Tunjukkan QR booking ke kamera di depan Anda.',
  'checkIn.cameraQrStop': 'Tutup kamera',
  'checkIn.cameraQrVideo': 'Gambar kamera untuk memindai QR booking',
  'keypad.label': 'Tombol angka',
  'keypad.delete': 'Hapus',

  'consent.title': 'Persetujuan sebelum layanan video',
  'consent.greeting': 'Selamat datang, {name}.',
  'consent.intro':
    'Petugas akan memeriksa data dan dokumen asli Anda melalui video. Sebelum mulai, baca dulu bagaimana data Anda dipakai.',
  'consent.controller.label': 'Siapa yang memakai data Anda',
  'consent.controller': 'BPJS Ketenagakerjaan, melalui {office}.',
  'consent.purpose.label': 'Untuk apa',
  'consent.purpose':
    'Untuk memastikan Anda adalah peserta atau ahli warisnya, memeriksa dokumen Anda, memproses klaim yang Anda ajukan, dan mencegah klaim palsu.',
  'consent.basis.label': 'Dasar hukumnya',
  'consent.basis':
    'BPJS Ketenagakerjaan adalah badan hukum publik yang wajib membayar jaminan sosial sesuai undang-undang. Data Anda dipakai untuk menjalankan kewajiban hukum dan tugas pelayanan publik itu (UU Pelindungan Data Pribadi, Pasal 20).',
  'consent.data.label': 'Data yang dipakai',
  'consent.data':
    'Nama, NIK, nomor KPJ, tanggal lahir, dan foto dokumen Anda. Juga data yang dilindungi secara khusus: wajah Anda di video dibandingkan dengan foto e-KTP, data rekening bank, dan data kesehatan untuk klaim kecelakaan kerja atau penyakit akibat kerja.',
  'consent.recording.label': 'Video dan suara',
  'consent.videoNotRecorded':
    'Video dan suara tidak direkam. Keduanya hanya dipakai langsung selama Anda berbicara dengan petugas.',
  'consent.retention.label': 'Berapa lama disimpan',
  'consent.kept':
    'Foto dokumen dan keputusan klaim disimpan terkunci (terenkripsi) di kantor cabang selama {period}, lalu dihapus.',
  'consent.period.years': '{years} tahun',
  'consent.period.days': '{days} hari',
  'consent.rights.label': 'Hak Anda',
  'consent.rights':
    'Anda boleh melihat dan meminta salinan data Anda, meminta data yang salah dibetulkan, meminta data dihapus atau pemakaiannya dibatasi sesuai aturan, menarik persetujuan, dan mengajukan pengaduan.',
  'consent.contact.label': 'Pertanyaan tentang data Anda',
  'consent.contact': 'Hubungi Pejabat Pelindungan Data Pribadi: {contact}.',
  'consent.contactAtCounter': 'Kontak Pejabat Pelindungan Data Pribadi dapat ditanyakan di loket layanan.',
  'consent.question': 'Apakah Anda setuju dilayani melalui video?',
  'consent.refuseNote': 'Jika tidak setuju, Anda tetap dilayani di loket layanan.',
  'consent.accept': 'Ya, saya setuju',
  'consent.refuse': 'Tidak setuju',

  'refused.title': 'Silakan ke loket layanan',
  'refused.body':
    'Tidak apa-apa. Anda tetap dapat mengajukan klaim langsung di loket layanan (customer service) kantor cabang ini.',
  'refused.bring':
    'Bawa dokumen asli Anda: e-KTP, kartu peserta (KPJ), Kartu Keluarga, buku tabungan, dan surat keterangan berhenti bekerja.',
  'refused.done': 'Kembali ke awal',

  'claim.title': 'Apa yang ingin Anda klaim?',
  'claim.typeLegend': 'Jenis klaim',
  'claim.reasonLegend': 'Alasan klaim',
  'claim.priorityLegend': 'Apakah Anda perlu layanan prioritas?',
  'claim.priorityHint': 'Peserta prioritas dilayani lebih dulu.',
  'claim.chooseType': 'Pilih jenis klaim.',
  'claim.chooseReason': 'Pilih alasan klaim.',
  'claim.submit': 'Lanjut',
  'claim.working': 'Menyimpan pilihan Anda…',
  'claim.cancel': 'Batalkan',
  'priority.none': 'Tidak perlu',
  'priority.disability': 'Penyandang disabilitas',
  'priority.elderly': 'Lanjut usia',
  'priority.pregnant': 'Sedang hamil',

  'documents.title': 'Dokumen yang perlu Anda siapkan',
  'documents.intro':
    'Siapkan dokumen asli berikut. Petugas akan memintanya satu per satu di depan kamera dokumen.',
  'documents.required': 'Dokumen wajib',
  'documents.optional': 'Bawa jika Anda punya',
  'documents.continue': 'Saya sudah siap',

  'waiting.title': 'Menunggu petugas',
  'waiting.queue': 'Nomor antrean Anda: {position}',
  'waiting.eta': 'Perkiraan waktu tunggu: sekitar {minutes} menit.',
  'waiting.queueIntro': 'Semua petugas sedang melayani. Anda akan dipanggil sesuai antrean.',
  'waiting.seatedTitle': 'Petugas Anda: {name}',
  'waiting.seated': 'Petugas {name} (nomor petugas {staffId}) akan segera menyapa Anda di layar ini.',
  'waiting.onHoldTitle': 'Mohon tunggu sebentar',
  'waiting.onHold': 'Petugas {name} sedang melayani peserta lain dan akan kembali kepada Anda.',
  'waiting.selfServiceTitle': 'Sambil menunggu: foto dokumen Anda',
  'waiting.selfServiceIntro':
    'Letakkan dokumen di bawah kamera dokumen, lalu ambil fotonya. Ini mempercepat pemeriksaan.',
  'waiting.captured': 'Sudah difoto',
  'waiting.notCaptured': 'Belum difoto',
  'waiting.take': 'Foto',
  'waiting.retake': 'Foto ulang',
  'waiting.takeLabel': 'Foto: {document}',
  'waiting.retakeLabel': 'Foto ulang: {document}',

  'capture.title': 'Foto: {document}',
  'capture.instructions': 'Letakkan dokumen di dalam bingkai. Pastikan semua tulisan terlihat jelas.',
  'capture.video': 'Gambar kamera dokumen',
  'capture.take': 'Ambil foto',
  'capture.retake': 'Ulangi',
  'capture.keep': 'Simpan foto ini',
  'capture.cancel': 'Batal',
  'capture.saving': 'Menyimpan foto…',
  'capture.saved': 'Foto {document} tersimpan.',
  'capture.previewAlt': 'Foto {document} yang baru diambil',
  'capture.thumbAlt': 'Foto {document} yang tersimpan',
  'capture.check': 'Apakah tulisannya terbaca jelas?',
  'capture.cameraError': 'Kamera dokumen tidak dapat dibuka. Silakan panggil petugas.',

  'call.title': 'Anda sedang dilayani petugas',
  'call.officer': 'Petugas: {name}',
  'call.staffId': 'Nomor petugas: {staffId}',
  'call.officerVideo': 'Video petugas {name}',
  'call.connecting': 'Menyambungkan video petugas…',
  'call.selfView': 'Kamera Anda',
  'call.mediaError': 'Kamera atau mikrofon bilik tidak dapat dipakai. Silakan panggil petugas.',

  'request.title': 'Permintaan petugas',
  'request.showDocument': 'Tunjukkan {document} ke kamera dokumen.',
  'request.showDocumentAny': 'Tunjukkan dokumen yang diminta ke kamera dokumen.',
  'request.holdCloser': 'Dekatkan dokumen ke kamera.',
  'request.turnOver': 'Balik dokumen, lalu tunjukkan sisi belakangnya.',
  'request.lookAtCamera': 'Lihat ke kamera di depan Anda.',
  'request.captureDocument': 'Letakkan {document} di bawah kamera dokumen. Petugas akan memotretnya.',
  'request.captureDocumentAny':
    'Letakkan dokumen yang diminta di bawah kamera dokumen. Petugas akan memotretnya.',
  'request.documentView': 'Gambar kamera dokumen yang dilihat petugas',
  'request.done': 'Sudah',

  'outcome.title.approved': 'Klaim Anda disetujui',
  'outcome.title.pending': 'Dokumen klaim Anda belum lengkap',
  'outcome.title.rejected': 'Klaim Anda tidak dapat disetujui',
  'outcome.title.escalated': 'Klaim Anda diperiksa lebih lanjut',
  'outcome.approved': 'Dana akan dikirim ke rekening Anda. Simpan nomor klaim di bawah ini.',
  'outcome.pending': 'Lengkapi dokumen berikut, lalu datang lagi dengan menyebutkan nomor klaim ini:',
  'outcome.rejected': 'Alasan dari petugas:',
  'outcome.escalated': 'Petugas akan menghubungi Anda. Simpan nomor klaim di bawah ini.',
  'outcome.reference': 'Nomor klaim',
  'outcome.qrLabel': 'Kode QR nomor klaim {reference}',
  'outcome.finish': 'Selesai',
  'outcome.privacy': 'Setelah Anda menekan Selesai, semua data Anda dihapus dari layar ini.',

  'idle.title': 'Masih di sana?',
  'idle.body': 'Untuk menjaga data Anda, layar ini akan dihapus dalam {seconds} detik.',
  'idle.continue': 'Ya, lanjutkan',

  'status.queue': 'Nomor antrean Anda sekarang {position}.',
  'status.seated': 'Petugas {name} sudah siap untuk Anda.',
  'status.inCall': 'Petugas {name} sekarang berbicara dengan Anda.',
  'status.onHold': 'Petugas {name} sedang melayani peserta lain.',
} as const;

export type KioskMessageKey = keyof typeof kioskId;
