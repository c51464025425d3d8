// The sentences the past consultation's input is put together from (past-input.ts): an opening that
// fits the stance, a point on the theme and a request, in English and Bahasa Indonesia.
import type { PastThemeKey } from "./past-input";

export type Words = { en: string[]; id: string[] };
export type Stance = "support" | "support_with_changes" | "oppose" | "neutral";

export const openings: Record<Stance, Words> = {
  support: {
    en: [
      "We agree with this finding.",
      "This is a fair reading of the last ten years.",
      "Our members recognise what the review describes.",
    ],
    id: [
      "Kami sependapat dengan temuan ini.",
      "Temuan ini menggambarkan sepuluh tahun terakhir dengan cukup adil.",
      "Anggota kami mengenali kondisi yang dijelaskan dalam kajian ini.",
    ],
  },
  support_with_changes: {
    en: [
      "We broadly agree, but the finding needs to go further.",
      "The direction is right, though one point is missing.",
      "We support the conclusion with one important change.",
    ],
    id: [
      "Secara umum kami setuju, tetapi temuan ini perlu dipertajam.",
      "Arahnya sudah tepat, namun ada satu hal yang terlewat.",
      "Kami mendukung kesimpulan ini dengan satu perubahan penting.",
    ],
  },
  oppose: {
    en: [
      "We do not think the evidence supports this finding.",
      "This conclusion is too optimistic.",
      "We disagree with how the review reads the results.",
    ],
    id: [
      "Menurut kami, bukti yang ada tidak mendukung temuan ini.",
      "Kesimpulan ini terlalu optimistis.",
      "Kami tidak sependapat dengan cara kajian ini membaca hasilnya.",
    ],
  },
  neutral: {
    en: [
      "We have a question about the method behind this finding.",
      "A short observation from our own work on this.",
      "We would like to add some context.",
    ],
    id: [
      "Kami ingin bertanya tentang metode di balik temuan ini.",
      "Sedikit catatan dari pengalaman kerja kami.",
      "Kami ingin menambahkan sedikit konteks.",
    ],
  },
};

export const points: Record<PastThemeKey, Words> = {
  inclusive_development: {
    en: [
      "The regional framework on disability was adopted, yet few Member States have budgeted for it.",
      "Persons with disabilities in rural areas still cannot reach basic services, and the review says little about them.",
      "Older persons are mentioned once in the findings, although the region is ageing fast.",
      "Poverty fell on average, but the gap between provinces grew in several countries.",
      "Indigenous peoples and stateless communities are missing from the data the review relies on.",
      "Women with disabilities face two barriers at once, and the findings treat them separately.",
    ],
    id: [
      "Kerangka regional tentang disabilitas sudah disepakati, tetapi baru sedikit Negara Anggota yang menganggarkannya.",
      "Penyandang disabilitas di perdesaan masih sulit menjangkau layanan dasar, dan kajian ini hampir tidak membahasnya.",
      "Lansia hanya disebut sekali dalam temuan, padahal penduduk kawasan ini menua dengan cepat.",
      "Kemiskinan rata-rata menurun, tetapi kesenjangan antarprovinsi justru melebar di beberapa negara.",
      "Masyarakat adat dan kelompok tanpa kewarganegaraan tidak tercatat dalam data yang dipakai kajian ini.",
      "Perempuan penyandang disabilitas menghadapi dua hambatan sekaligus, sementara temuan ini membahasnya secara terpisah.",
    ],
  },
  labour_migrant_workers: {
    en: [
      "Migrant workers still pay recruitment fees of several months' wages before they leave home.",
      "Social security contributions are lost when a worker returns to the country of origin.",
      "Domestic workers are excluded from labour law in several Member States, and the review does not say so.",
      "The consensus on migrant workers was adopted, but there is no way to check whether it is applied.",
      "Undocumented workers were the first to lose income during the pandemic and the last to receive help.",
      "Skills recognition between countries still covers only a handful of professions.",
    ],
    id: [
      "Pekerja migran masih membayar biaya penempatan senilai gaji beberapa bulan sebelum berangkat.",
      "Iuran jaminan sosial hilang ketika pekerja pulang ke negara asal.",
      "Pekerja rumah tangga tidak dilindungi undang-undang ketenagakerjaan di beberapa Negara Anggota, dan kajian ini tidak menyebutkannya.",
      "Konsensus tentang pekerja migran sudah disepakati, tetapi belum ada cara untuk memeriksa pelaksanaannya.",
      "Pekerja tidak berdokumen paling awal kehilangan penghasilan saat pandemi dan paling akhir menerima bantuan.",
      "Pengakuan keterampilan antarnegara masih terbatas pada segelintir profesi.",
    ],
  },
  disaster_resilience: {
    en: [
      "Disaster management is rightly called the strongest area of cooperation.",
      "The AHA Centre responds well to large disasters, but small recurring floods receive far less attention.",
      "Early warnings reach district offices, yet often stop there and never reach villages.",
      "Local governments carry most of the recovery costs without a dedicated budget line.",
      "Schools and health centres are still built in known flood zones.",
      "Community volunteers do most of the first response, and their work is not counted in the review.",
    ],
    id: [
      "Penanggulangan bencana memang layak disebut sebagai bidang kerja sama yang paling kuat.",
      "AHA Centre tanggap terhadap bencana besar, tetapi banjir kecil yang berulang jauh kurang diperhatikan.",
      "Peringatan dini sampai ke kantor kabupaten, tetapi sering berhenti di sana dan tidak sampai ke desa.",
      "Pemerintah daerah menanggung sebagian besar biaya pemulihan tanpa pos anggaran khusus.",
      "Sekolah dan puskesmas masih dibangun di daerah yang diketahui rawan banjir.",
      "Relawan masyarakat melakukan sebagian besar tanggap darurat pertama, dan kerja mereka tidak dihitung dalam kajian ini.",
    ],
  },
  monitoring_data: {
    en: [
      "Most progress reports list meetings and workshops rather than results for people.",
      "Without baselines agreed in 2016, the review cannot show what changed.",
      "The ADME database is hard to use from outside the Secretariat.",
      "Indicators are not broken down by sex, age, disability or location.",
      "National statistics offices were barely involved in choosing the indicators.",
      "Several sectoral bodies report on different years, so the figures cannot be compared.",
    ],
    id: [
      "Sebagian besar laporan kemajuan hanya mencatat rapat dan lokakarya, bukan hasil bagi masyarakat.",
      "Tanpa data dasar yang disepakati pada 2016, kajian ini tidak dapat menunjukkan apa yang berubah.",
      "Basis data ADME sulit digunakan oleh pihak di luar Sekretariat.",
      "Indikatornya tidak dipilah menurut jenis kelamin, usia, disabilitas, atau wilayah.",
      "Badan statistik nasional hampir tidak dilibatkan dalam memilih indikator.",
      "Beberapa badan sektoral melapor untuk tahun yang berbeda, sehingga angkanya tidak dapat dibandingkan.",
    ],
  },
};

export const requests: Record<PastThemeKey, Words> = {
  inclusive_development: {
    en: [
      "The new plan should set a share of each programme's budget for accessibility.",
      "Please add targets for older persons, with an indicator on long-term care.",
      "We ask that organisations of persons with disabilities sit on the monitoring committee.",
      "Set targets by province, not only national averages.",
      "Name indigenous peoples explicitly in the goals on leaving no one behind.",
    ],
    id: [
      "Rencana baru sebaiknya menetapkan porsi anggaran setiap program untuk aksesibilitas.",
      "Mohon tambahkan sasaran bagi lansia, dengan indikator tentang perawatan jangka panjang.",
      "Kami meminta agar organisasi penyandang disabilitas duduk dalam komite pemantauan.",
      "Tetapkan sasaran per provinsi, bukan hanya rata-rata nasional.",
      "Sebutkan masyarakat adat secara tegas dalam tujuan agar tidak ada yang tertinggal.",
    ],
  },
  labour_migrant_workers: {
    en: [
      "The successor plan should commit to zero recruitment fees for workers.",
      "Make social security portable between Member States, starting with a pilot between two countries.",
      "Include domestic workers in every measure on decent work.",
      "Publish a yearly report on how each Member State applies the consensus on migrant workers.",
      "Extend skills recognition to vocational certificates.",
    ],
    id: [
      "Rencana pengganti sebaiknya berkomitmen menghapus biaya penempatan bagi pekerja.",
      "Jadikan jaminan sosial dapat dibawa antarnegara, dimulai dengan uji coba di dua negara.",
      "Masukkan pekerja rumah tangga dalam setiap langkah tentang pekerjaan layak.",
      "Terbitkan laporan tahunan tentang pelaksanaan konsensus pekerja migran di setiap Negara Anggota.",
      "Perluas pengakuan keterampilan hingga sertifikat vokasi.",
    ],
  },
  disaster_resilience: {
    en: [
      "Fund the last mile of early warning, down to village level.",
      "Give local governments a standing recovery fund they can draw on within days.",
      "Count and support community volunteers in the new plan.",
      "Adopt a regional standard for building schools outside flood zones.",
      "Treat small, recurring disasters as seriously as the large ones.",
    ],
    id: [
      "Danai peringatan dini hingga ke tingkat desa.",
      "Sediakan dana pemulihan tetap bagi pemerintah daerah yang dapat dicairkan dalam beberapa hari.",
      "Hitung dan dukung relawan masyarakat dalam rencana baru.",
      "Sepakati standar regional untuk membangun sekolah di luar daerah rawan banjir.",
      "Tangani bencana kecil yang berulang sama seriusnya dengan bencana besar.",
    ],
  },
  monitoring_data: {
    en: [
      "Agree baselines and targets for every goal before the plan starts.",
      "Open the ADME data to researchers, with a release calendar.",
      "Break every indicator down by sex, age, disability and location.",
      "Ask national statistics offices to help choose the indicators.",
      "Hold a mid-term review with stakeholders, not only a final one.",
    ],
    id: [
      "Sepakati data dasar dan sasaran untuk setiap tujuan sebelum rencana dimulai.",
      "Buka data ADME bagi peneliti, dengan jadwal rilis yang jelas.",
      "Pilah setiap indikator menurut jenis kelamin, usia, disabilitas, dan wilayah.",
      "Libatkan badan statistik nasional dalam memilih indikator.",
      "Adakan kajian paruh waktu bersama pemangku kepentingan, bukan hanya kajian akhir.",
    ],
  },
};
