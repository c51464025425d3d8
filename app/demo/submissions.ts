type DemoSubmission = {
  section: string;
  kind: "comment" | "amendment" | "general";
  stance: "support" | "support_with_changes" | "oppose" | "neutral";
  language: "en" | "id";
  consent: "public_named" | "public_anonymous" | "private";
  status: "pending" | "approved";
  body: string;
};

// A few pieces of input so a fresh demo shows the counts a working group would see.
export const demoSubmissions: DemoSubmission[] = [
  {
    section: "2.1",
    kind: "comment",
    stance: "support_with_changes",
    language: "id",
    consent: "public_named",
    status: "approved",
    body: "Kami mendukung sasaran pembangunan manusia yang inklusif, tetapi indikatornya perlu dipilah menurut jenis kelamin, disabilitas, dan wilayah perdesaan agar kesenjangan benar-benar terlihat.",
  },
  {
    section: "2.1",
    kind: "comment",
    stance: "support",
    language: "en",
    consent: "public_anonymous",
    status: "approved",
    body: "The focus on people with disabilities is welcome. Please name the ASEAN Enabling Masterplan 2025 as a reference so that its targets carry over into the new plan.",
  },
  {
    section: "2.2",
    kind: "comment",
    stance: "support_with_changes",
    language: "en",
    consent: "public_named",
    status: "approved",
    body: "Mutual recognition of skills should include technical and vocational qualifications, not only university degrees. Many migrant workers in the region hold TVET certificates.",
  },
  {
    section: "2.3",
    kind: "comment",
    stance: "support",
    language: "id",
    consent: "public_named",
    status: "approved",
    body: "Jejaring One Health ASEAN sebaiknya melibatkan puskesmas dan dinas peternakan di tingkat kabupaten, bukan hanya kementerian di tingkat pusat.",
  },
  {
    section: "2.4",
    kind: "comment",
    stance: "oppose",
    language: "id",
    consent: "public_anonymous",
    status: "approved",
    body: "Rancangan ini belum menyebut perlindungan sosial yang dapat dibawa lintas negara bagi pekerja migran. Tanpa itu, pekerja kehilangan haknya setiap kali pulang ke negara asal.",
  },
  {
    section: "3.2",
    kind: "comment",
    stance: "neutral",
    language: "en",
    consent: "public_named",
    status: "approved",
    body: "Could the secretariat publish the ADME indicators as open data, with a release calendar, so that research institutions can check progress independently?",
  },
  {
    section: "2.2",
    kind: "comment",
    stance: "support",
    language: "id",
    consent: "private",
    status: "pending",
    body: "Program beasiswa pertukaran pelajar antarnegara ASEAN perlu diperluas ke sekolah menengah kejuruan.",
  },
];
