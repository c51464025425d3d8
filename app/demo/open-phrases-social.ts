// Demo sentences (open-phrases.ts) for the themes of goals 1 to 5: people's points, requests and amendments.
import type { ThemeWords } from "./open-phrases";

export const socialThemeWords: Record<string, ThemeWords> = {
  inclusive_development: {
    points: {
      en: [
        "Poverty in remote districts is still two or three times the national rate, and averages hide it.",
        "Persons with disabilities are named, but no measure says who pays for accessible services.",
        "Older persons living alone in rural areas are missing from the measures.",
      ],
      id: [
        "Angka kemiskinan di kabupaten terpencil masih dua sampai tiga kali rata-rata nasional, dan rata-rata itu menyembunyikannya.",
        "Penyandang disabilitas disebut, tetapi tidak ada langkah yang menjelaskan siapa yang membiayai layanan yang aksesibel.",
        "Lansia yang tinggal sendiri di perdesaan belum masuk dalam langkah-langkah ini.",
      ],
    },
    requests: {
      en: [
        "Please set targets per province, not only national ones.",
        "Give organisations of persons with disabilities a seat in monitoring the scorecard.",
        "Add a measure on community-based care for older persons.",
      ],
      id: [
        "Mohon tetapkan sasaran per provinsi, bukan hanya sasaran nasional.",
        "Berikan kursi bagi organisasi penyandang disabilitas dalam pemantauan kartu skor.",
        "Tambahkan langkah tentang perawatan lansia berbasis masyarakat.",
      ],
    },
    clause: {
      en: "with targets for persons with disabilities and older persons in rural areas",
      id: "dengan sasaran bagi penyandang disabilitas dan lansia di perdesaan",
    },
  },
  education_skills: {
    points: {
      en: [
        "Vocational certificates are still not recognised across borders, only university degrees.",
        "Teachers in remote schools have no access to the digital training the draft describes.",
        "Children who move with migrant parents lose a school year each time they move.",
      ],
      id: [
        "Sertifikat vokasi masih belum diakui lintas negara, hanya ijazah perguruan tinggi.",
        "Guru di sekolah terpencil tidak dapat mengikuti pelatihan digital yang dijelaskan dalam rancangan ini.",
        "Anak yang ikut orang tua bekerja ke luar negeri kehilangan satu tahun sekolah setiap kali pindah.",
      ],
    },
    requests: {
      en: [
        "Include vocational qualifications in the mutual recognition measure.",
        "Fund teacher training that works offline as well as online.",
        "Agree on a regional way to carry school records when families move.",
      ],
      id: [
        "Masukkan kualifikasi vokasi dalam langkah saling pengakuan.",
        "Danai pelatihan guru yang dapat diikuti secara luring maupun daring.",
        "Sepakati cara regional untuk memindahkan catatan sekolah ketika keluarga berpindah.",
      ],
    },
    clause: {
      en: "including technical and vocational qualifications",
      id: "termasuk kualifikasi teknis dan vokasi",
    },
  },
  health_one_health: {
    points: {
      en: [
        "District health offices and veterinary services rarely share data on outbreaks.",
        "Mental health appears once in this goal, without a single measure.",
        "Community health workers carry most primary care in our provinces and are unpaid volunteers.",
      ],
      id: [
        "Dinas kesehatan dan dinas peternakan di kabupaten jarang berbagi data tentang wabah.",
        "Kesehatan jiwa hanya disebut sekali dalam tujuan ini, tanpa satu pun langkah.",
        "Kader kesehatan menanggung sebagian besar layanan primer di provinsi kami dan bekerja tanpa upah.",
      ],
    },
    requests: {
      en: [
        "Bring district offices into the One Health network, not only ministries.",
        "Add a measure on community mental health services.",
        "Recognise and pay community health workers in the plan.",
      ],
      id: [
        "Libatkan dinas di tingkat kabupaten dalam jejaring One Health, bukan hanya kementerian.",
        "Tambahkan langkah tentang layanan kesehatan jiwa berbasis masyarakat.",
        "Akui dan beri upah yang layak bagi kader kesehatan dalam rencana ini.",
      ],
    },
    clause: {
      en: "with district health and veterinary offices taking part",
      id: "dengan keterlibatan dinas kesehatan dan dinas peternakan kabupaten",
    },
  },
  social_protection: {
    points: {
      en: [
        "Informal workers, most of the workforce in our country, have no pension and no sick pay.",
        "Cash transfers stopped when the pandemic ended, although prices kept rising.",
        "Social protection registries leave out families without an address.",
      ],
      id: [
        "Pekerja informal, yang merupakan sebagian besar angkatan kerja di negara kami, tidak memiliki pensiun maupun cuti sakit berbayar.",
        "Bantuan tunai dihentikan ketika pandemi berakhir, padahal harga terus naik.",
        "Data penerima perlindungan sosial tidak mencakup keluarga yang tidak memiliki alamat tetap.",
      ],
    },
    requests: {
      en: [
        "Set a target for social protection coverage of informal workers.",
        "Agree on a floor of social protection every Member State keeps in a crisis.",
        "Let families register for support without a permanent address.",
      ],
      id: [
        "Tetapkan sasaran cakupan perlindungan sosial bagi pekerja informal.",
        "Sepakati batas minimum perlindungan sosial yang tetap dijaga setiap Negara Anggota saat krisis.",
        "Izinkan keluarga mendaftar bantuan tanpa alamat tetap.",
      ],
    },
    clause: {
      en: "covering informal and self-employed workers",
      id: "yang mencakup pekerja informal dan pekerja mandiri",
    },
  },
  labour_migrant_workers: {
    points: {
      en: [
        "Migrant workers still pay recruitment fees of several months' wages.",
        "Contributions to social security are lost when a worker goes home.",
        "Domestic workers are left out of labour law in several Member States.",
      ],
      id: [
        "Pekerja migran masih membayar biaya penempatan senilai gaji beberapa bulan.",
        "Iuran jaminan sosial hilang ketika pekerja pulang ke negara asal.",
        "Pekerja rumah tangga belum dilindungi undang-undang ketenagakerjaan di beberapa Negara Anggota.",
      ],
    },
    requests: {
      en: [
        "Commit to zero recruitment fees for workers.",
        "Make social security portable between Member States.",
        "Name domestic workers in every measure on decent work.",
      ],
      id: [
        "Berkomitmenlah menghapus biaya penempatan bagi pekerja.",
        "Jadikan jaminan sosial dapat dibawa antarnegara anggota.",
        "Sebutkan pekerja rumah tangga dalam setiap langkah tentang pekerjaan layak.",
      ],
    },
    clause: {
      en: "including domestic workers and workers without documents",
      id: "termasuk pekerja rumah tangga dan pekerja tidak berdokumen",
    },
  },
  gender_equality: {
    points: {
      en: [
        "Women do most unpaid care work, and the draft does not count it.",
        "Few women lead disaster committees, although they organise most of the response.",
        "Violence against women online is growing and is not mentioned.",
      ],
      id: [
        "Perempuan melakukan sebagian besar kerja perawatan tanpa upah, dan rancangan ini tidak menghitungnya.",
        "Hanya sedikit perempuan yang memimpin komite bencana, padahal merekalah yang mengorganisasi sebagian besar tanggap darurat.",
        "Kekerasan berbasis gender di ranah daring terus meningkat dan tidak disebut sama sekali.",
      ],
    },
    requests: {
      en: [
        "Add an indicator on the time women spend on unpaid care.",
        "Set a share of leadership posts for women in regional committees.",
        "Include online gender-based violence in the measures.",
      ],
      id: [
        "Tambahkan indikator tentang waktu yang digunakan perempuan untuk kerja perawatan tanpa upah.",
        "Tetapkan porsi jabatan pimpinan bagi perempuan dalam komite regional.",
        "Masukkan kekerasan berbasis gender daring ke dalam langkah-langkah ini.",
      ],
    },
    clause: {
      en: "with data broken down by sex",
      id: "dengan data yang dipilah menurut jenis kelamin",
    },
  },
};
