// The input of the closed past consultation, so a fresh demo shows a real "What we heard" report.
// Each text is put together from hand-written sentences (an opening that fits the stance, a point
// on the theme, a request), so a few hundred read like different people, in both languages.
import type { OrganisationType } from "#db/schema/values";
import { openings, points, requests, type Stance } from "./past-phrases";

export const pastThemeKeys = [
  "inclusive_development",
  "labour_migrant_workers",
  "disaster_resilience",
  "monitoring_data",
] as const;
export type PastThemeKey = (typeof pastThemeKeys)[number];

export const pastOrganisations: { name: string; type: OrganisationType; country: string }[] = [
  { name: "Institut Kajian Kebijakan Publik Jawa", type: "think_tank", country: "ID" },
  { name: "Centre for Southeast Asian Social Studies", type: "research_institution", country: "SG" },
  { name: "Mekong Labour Rights Forum", type: "civil_society", country: "TH" },
  { name: "Persatuan Pekerja Migran Sejahtera", type: "civil_society", country: "MY" },
  { name: "Lao Disability Inclusion Association", type: "civil_society", country: "LA" },
  { name: "Universitas Nusa Tenggara, Pusat Studi Bencana", type: "research_institution", country: "ID" },
  { name: "Philippine Resilience Policy Institute", type: "think_tank", country: "PH" },
  { name: "Viet Nam Institute of Labour Science", type: "research_institution", country: "VN" },
  { name: "Cambodian Federation of Women Entrepreneurs", type: "private_sector", country: "KH" },
  { name: "ASEAN Insurers' Roundtable", type: "private_sector", country: "SG" },
  { name: "Myanmar Community Health Alliance", type: "civil_society", country: "MM" },
  { name: "Brunei Darussalam Ministry of Culture, Youth and Sports", type: "government_agency", country: "BN" },
  { name: "Timor-Leste NGO Forum", type: "civil_society", country: "TL" },
  { name: "Regional Office for Social Statistics", type: "intergovernmental", country: "other" },
];

// Which section each theme's input mostly speaks to: the findings (2) or the lessons (3).
const sectionOf: Record<PastThemeKey, string> = {
  inclusive_development: "2",
  labour_migrant_workers: "2",
  disaster_resilience: "2",
  monitoring_data: "3",
};

/** The campaign letter many members of one network sent, each signed with a name of their own. */
const campaignLetter =
  "Kami, pekerja migran dan keluarganya, meminta agar rencana pasca-2025 menjamin jaminan sosial yang dapat dibawa lintas negara. " +
  "Iuran yang kami bayar selama bertahun-tahun bekerja di luar negeri hilang begitu kami pulang. " +
  "Kami juga meminta penghapusan biaya penempatan dan perlindungan hukum bagi pekerja rumah tangga di semua Negara Anggota ASEAN.";
const campaignSigners = [
  "Sri",
  "Wati",
  "Dewi",
  "Nur",
  "Yanti",
  "Rina",
  "Ani",
  "Lestari",
  "Maria",
  "Siti",
  "Joko",
  "Agus",
  "Budi",
  "Eko",
];

export type PastInput = {
  theme: PastThemeKey;
  section: string | null;
  stance: Stance;
  language: "en" | "id";
  consent: "public_named" | "public_anonymous" | "private";
  status: "approved" | "rejected" | "withdrawn";
  rejectionReason: "off_topic" | "spam" | null;
  /** Index into pastOrganisations, or null for an individual expert. */
  organisation: number | null;
  body: string;
  campaign: boolean;
};

const stanceCycle: Stance[] = [
  "support_with_changes",
  "support",
  "support_with_changes",
  "oppose",
  "neutral",
  "support",
];
const consentCycle = [
  "public_named",
  "public_anonymous",
  "public_named",
  "private",
  "public_named",
  "public_anonymous",
] as const;
// A few Indonesian-speaking countries' organisations write mostly in Bahasa Indonesia.
const writesIndonesian = new Set(["ID", "MY", "BN", "TL"]);

/**
 * The past consultation's input: for each theme, every combination of a point and a request
 * once (30 texts), each from one of the organisations or an individual expert, plus one campaign
 * of near-identical letters. The same list on every run: indexes, not randomness, pick the parts.
 */
export function pastInput(): PastInput[] {
  const items: PastInput[] = [];
  let n = 0;
  for (const theme of pastThemeKeys) {
    for (let p = 0; p < 6; p++) {
      for (let r = 0; r < 5; r++) {
        const stance = stanceCycle[(n + p) % stanceCycle.length] ?? "support";
        const organisation = n % 7 === 6 ? null : (n * 5 + p) % pastOrganisations.length;
        const country = organisation === null ? "ID" : (pastOrganisations[organisation]?.country ?? "other");
        const language = (writesIndonesian.has(country) ? n % 5 !== 0 : n % 4 === 0) ? "id" : "en";
        const opening = openings[stance][language][(p + r) % 3] ?? "";
        const body = `${opening} ${points[theme][language][p] ?? ""} ${requests[theme][language][r] ?? ""}`;
        const status = n % 23 === 11 ? "rejected" : n % 37 === 20 ? "withdrawn" : "approved";
        items.push({
          theme,
          section: n % 9 === 4 ? null : n % 6 === 5 ? "1" : sectionOf[theme],
          stance,
          language,
          consent: consentCycle[n % consentCycle.length] ?? "public_named",
          status,
          rejectionReason: status === "rejected" ? (n % 2 === 0 ? "off_topic" : "spam") : null,
          organisation,
          body,
          campaign: false,
        });
        n++;
      }
    }
  }
  for (let i = 0; i < 96; i++) {
    const signer = campaignSigners[i % campaignSigners.length] ?? "Sri";
    items.push({
      theme: "labour_migrant_workers",
      section: "2",
      stance: "support_with_changes",
      language: "id",
      consent: "public_anonymous",
      status: "approved",
      rejectionReason: null,
      organisation: i % 3 === 0 ? 3 : null,
      body: `${campaignLetter} Hormat kami, ${signer}.`,
      campaign: true,
    });
  }
  return items;
}

/** The working group's published summary of each theme: the introduction before its quoted input. */
export const pastSummaries: Record<PastThemeKey, { en: string; id: string }> = {
  inclusive_development: {
    en: "Respondents agreed that regional frameworks on disability and older persons were adopted, and said almost as often that they were not funded at home. Many asked for targets by province and a place for organisations of persons with disabilities in monitoring.",
    id: "Responden sepakat bahwa kerangka regional tentang disabilitas dan lansia telah disepakati, dan hampir sama seringnya mengatakan bahwa kerangka itu belum didanai di tingkat nasional. Banyak yang meminta sasaran per provinsi dan tempat bagi organisasi penyandang disabilitas dalam pemantauan.",
  },
  labour_migrant_workers: {
    en: "This theme drew the most input, including one campaign letter sent by many members of a migrant workers' network. Its requests (portable social security, no recruitment fees, protection for domestic workers) were also made by research institutions and employers in their own words.",
    id: "Tema ini menerima masukan terbanyak, termasuk satu surat kampanye yang dikirim oleh banyak anggota jaringan pekerja migran. Permintaannya (jaminan sosial yang dapat dibawa, tanpa biaya penempatan, perlindungan bagi pekerja rumah tangga) juga disampaikan oleh lembaga penelitian dan pemberi kerja dengan kata-kata mereka sendiri.",
  },
  disaster_resilience: {
    en: "Most respondents agreed that disaster management is the strongest area of cooperation. They asked the new plan to carry early warning down to villages, to fund local recovery and to count the work of community volunteers.",
    id: "Sebagian besar responden sepakat bahwa penanggulangan bencana adalah bidang kerja sama yang paling kuat. Mereka meminta rencana baru membawa peringatan dini hingga ke desa, mendanai pemulihan di daerah, dan menghitung kerja relawan masyarakat.",
  },
  monitoring_data: {
    en: "Respondents from every kind of organisation said the review could not measure results because baselines were never agreed. They asked for baselines before the plan starts, indicators broken down by sex, age, disability and location, and open ADME data.",
    id: "Responden dari semua jenis organisasi mengatakan bahwa kajian ini tidak dapat mengukur hasil karena data dasar tidak pernah disepakati. Mereka meminta data dasar sebelum rencana dimulai, indikator yang dipilah menurut jenis kelamin, usia, disabilitas, dan wilayah, serta data ADME yang terbuka.",
  },
};
