// Realistic comments on section 2.1 (foundational learning) of the demo draft, alternating English
// and Bahasa Indonesia, 100 to 600 characters. Sentences are put together from parts (who, what
// they saw, where; what the plan should do, and when), so two comments rarely share more than
// their greeting, as with real input. One in twenty is a campaign's form letter with the sender's
// own last line: real consultations get those, and the app files them as near-duplicates.

import { mulberry32, PLACE_NAMES } from "./corpus.js";

// The first 16 places of corpus.js, the ones these comments were made with: comment n stays the same text.
const places = PLACE_NAMES.slice(0, 16);

const en = {
  openings: [
    "We welcome Objective 2.1.",
    "Our institute supports the direction of section 2.1.",
    "Thank you for a clear draft on foundational learning.",
    "As a network of teacher-training colleges, we read section 2.1 with interest.",
    "We broadly agree with this objective but find its targets vague.",
    "Comment from a parents' association:",
  ],
  who: [
    "Our latest surveys",
    "Teachers we train",
    "Head teachers in {place}",
    "District officials in {place}",
    "Parents we met in {place}",
    "Community learning centres near {place}",
    "The ministry's own figures",
    "Volunteers who tutor in {place}",
  ],
  verbs: ["show that", "tell us that", "confirm that", "remind us that", "make clear that", "suggest that"],
  findings: [
    "only {n} per cent of grade 3 pupils read a short paragraph fluently",
    "classes of more than {n} children are common",
    "textbooks in local languages run out after grade 1",
    "girls leave school early to work at harvest time",
    "teachers are absent about {n} days a term",
    "children with disabilities are rarely counted at all",
    "a free school meal keeps children in class until the afternoon",
    "pre-school places cover barely {n} per cent of five-year-olds",
    "new buildings stand empty for want of qualified teachers",
    "pupils who repeat grade 2 seldom finish primary school",
  ],
  wheres: [
    "in remote districts",
    "despite higher enrolment",
    "especially in upland villages",
    "since the school closures of 2020",
    "in the poorest provinces",
    "even in market towns",
    "",
  ],
  actions: [
    "set a regional reading indicator for grade 3",
    "fund continuous professional development for teachers",
    "count children with disabilities in every school census",
    "support mother-tongue teaching in the first three grades",
    "expand school meals to every public primary school",
    "publish learning results by province",
    "pay a hardship allowance to teachers in remote posts",
    "give each Member State a costed plan for early childhood places",
  ],
  whens: [
    "by 2030",
    "within the first review cycle",
    "with civil society at the table",
    "with a yearly public report",
    "before new targets are added",
    "and say who pays for it",
  ],
  shoulds: ["The plan should", "We ask the Member States to", "Section 2.1 could", "The working group might"],
  closings: [
    "We would be glad to share our data.",
    "Please consider a mid-term review.",
    "Thank you for the opportunity to comment.",
    "",
  ],
  formLetter:
    "We, the undersigned parents and teachers, ask the ASEAN Member States to commit in section 2.1 to free, quality basic education for every child, in a language the child understands, with trained teachers in every classroom.",
  signature: "Signed in {place}, school no. {n}.",
};

const id = {
  openings: [
    "Kami menyambut baik Sasaran 2.1.",
    "Lembaga kami mendukung arah bagian 2.1.",
    "Terima kasih atas rancangan yang jelas tentang pembelajaran dasar.",
    "Sebagai jaringan lembaga pendidikan guru, kami membaca bagian 2.1 dengan saksama.",
    "Kami setuju dengan sasaran ini, tetapi targetnya masih kabur.",
    "Masukan dari perkumpulan orang tua murid:",
  ],
  who: [
    "Survei terbaru kami",
    "Guru-guru yang kami latih",
    "Kepala sekolah di {place}",
    "Pejabat dinas di {place}",
    "Orang tua yang kami temui di {place}",
    "Pusat kegiatan belajar masyarakat dekat {place}",
    "Data kementerian sendiri",
    "Relawan pendamping belajar di {place}",
  ],
  verbs: [
    "menunjukkan bahwa",
    "menyampaikan bahwa",
    "menegaskan bahwa",
    "mengingatkan kami bahwa",
    "memperlihatkan bahwa",
    "mengisyaratkan bahwa",
  ],
  findings: [
    "hanya {n} persen murid kelas 3 lancar membaca paragraf pendek",
    "kelas dengan lebih dari {n} anak sudah biasa",
    "buku pelajaran berbahasa daerah habis setelah kelas 1",
    "anak perempuan putus sekolah untuk bekerja saat panen",
    "guru absen sekitar {n} hari per semester",
    "anak penyandang disabilitas jarang tercatat sama sekali",
    "makan siang gratis membuat anak bertahan di kelas sampai sore",
    "tempat PAUD hanya menampung {n} persen anak usia lima tahun",
    "gedung baru kosong karena tidak ada guru yang berkualifikasi",
    "murid yang tinggal kelas di kelas 2 jarang menamatkan SD",
  ],
  wheres: [
    "di kabupaten terpencil",
    "meskipun angka partisipasi naik",
    "terutama di desa pegunungan",
    "sejak sekolah ditutup pada 2020",
    "di provinsi termiskin",
    "bahkan di kota kecamatan",
    "",
  ],
  actions: [
    "menetapkan indikator regional kemampuan membaca kelas 3",
    "mendanai pengembangan profesional guru secara berkelanjutan",
    "mencatat anak penyandang disabilitas dalam setiap sensus sekolah",
    "mendukung pengajaran bahasa ibu di tiga kelas pertama",
    "memperluas makan sekolah ke semua SD negeri",
    "menerbitkan hasil belajar per provinsi",
    "memberi tunjangan daerah terpencil bagi guru",
    "memberi setiap negara anggota rencana berbiaya untuk tempat PAUD",
  ],
  whens: [
    "paling lambat 2030",
    "dalam siklus kajian pertama",
    "dengan melibatkan masyarakat sipil",
    "dengan laporan publik tahunan",
    "sebelum menambah target baru",
    "dan menyebutkan siapa yang membiayainya",
  ],
  shoulds: [
    "Rencana ini sebaiknya",
    "Kami meminta negara anggota untuk",
    "Bagian 2.1 dapat",
    "Kelompok kerja mungkin perlu",
  ],
  closings: [
    "Kami bersedia membagikan data kami.",
    "Mohon pertimbangkan kajian paruh waktu.",
    "Terima kasih atas kesempatan memberi masukan.",
    "",
  ],
  formLetter:
    "Kami, orang tua dan guru yang bertanda tangan di bawah ini, meminta negara-negara anggota ASEAN berkomitmen pada bagian 2.1 untuk pendidikan dasar yang gratis dan bermutu bagi setiap anak, dalam bahasa yang dipahami anak, dengan guru terlatih di setiap kelas.",
  signature: "Ditandatangani di {place}, sekolah nomor {n}.",
};

const MAX_LENGTH = 600;

/** The n-th comment: even numbers in English, odd ones in Bahasa Indonesia. */
export function comment(n) {
  const language = n % 2 === 0 ? "en" : "id";
  const parts = language === "en" ? en : id;
  // Seeded by n: comment n is the same text in every run.
  const next = mulberry32(Math.imul(n + 1, 2654435761));
  const pick = (list) => list[Math.floor(next() * list.length)];
  const fill = (text) => text.replace("{place}", pick(places)).replace("{n}", String(12 + Math.floor(next() * 70)));
  if (next() < 0.05) return { language, body: `${parts.formLetter} ${fill(parts.signature)}` };

  const observation = () => {
    const where = pick(parts.wheres);
    return `${fill(pick(parts.who))} ${pick(parts.verbs)} ${fill(pick(parts.findings))}${where ? ` ${where}` : ""}.`;
  };
  const request = () => `${pick(parts.shoulds)} ${pick(parts.actions)} ${pick(parts.whens)}.`;
  // Short notes (one request), the usual (observations and a request) and longer arguments.
  const shape = next();
  const middle =
    shape < 0.15
      ? [request()]
      : shape < 0.75
        ? [observation(), request()]
        : [observation(), observation(), request(), request()];
  const sentences = [pick(parts.openings), ...middle, pick(parts.closings)].filter(Boolean);
  while (sentences.join(" ").length > MAX_LENGTH) sentences.splice(sentences.length - 2, 1);
  return { language, body: sentences.join(" ") };
}
