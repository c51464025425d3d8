import type { CountryCode, OrganisationType } from "#db/schema/values";

export type Localized = { en: string; id: string };
export type PartlyLocalized = { en: string | null; id: string | null };

export type SeedSection = { number: string; heading: PartlyLocalized; body: PartlyLocalized };
export type SeedConsultation = {
  slug: string; // url slug, lowercase-with-dashes
  referencePrefix: string; // e.g. "ASCC"
  title: Localized;
  summary: Localized; // one or two plain sentences for cards
  description: Localized; // 2-3 short paragraphs, Markdown allowed
  timeZone: string; // IANA, "Asia/Jakarta"
  versionLabel: string; // "v1"
  documentTitle: Localized;
  sections: SeedSection[];
};
export type SeedTheme = {
  key: string;
  label: Localized;
  description: Localized;
  keywords: { en: string[]; id: string[] };
};
export type SeedOrganisation = { name: string; type: OrganisationType; country: CountryCode; website: string | null };

// Demo content only. All text below was written for Masukan's demo data; it is
// modelled on, but is not, the official ASCC Post-2025 Strategic Plan.

export const openConsultation: SeedConsultation = {
  slug: "ascc-post-2025",
  referencePrefix: "ASCC",
  title: {
    en: "ASCC Post-2025 Strategic Plan — stakeholder consultation",
    id: "Rencana Strategis ASCC Pasca-2025 — konsultasi pemangku kepentingan",
  },
  summary: {
    en: "Comment on the draft plan that will guide ASEAN socio-cultural cooperation after 2025. Tell us whether the goals and measures reflect the needs of people in your community.",
    id: "Sampaikan tanggapan Anda atas rancangan rencana yang akan memandu kerja sama sosial-budaya ASEAN setelah 2025. Beri tahu kami apakah tujuan dan langkah yang diusulkan sudah sesuai dengan kebutuhan masyarakat di lingkungan Anda.",
  },
  description: {
    en: `The ASEAN Socio-Cultural Community (ASCC) is preparing the strategic plan that will guide its work once the ASCC Blueprint 2025 comes to an end. This draft, prepared by the Ad-Hoc Working Group on the ASCC Post-2025 Strategic Plan, sets out goals, objectives and indicative measures in support of the **ASEAN Community Vision 2045**.

We welcome views from think tanks, research institutions, civil-society organisations, the private sector, youth groups and individual members of the public across the region. You may comment on the draft as a whole or on a single section, in English or in Bahasa Indonesia.

Every comment will be read by the working group secretariat. A summary of the views received, and of how they were taken into account, will be published after the consultation closes.`,
    id: `Komunitas Sosial-Budaya ASEAN (ASCC) tengah menyusun rencana strategis yang akan menjadi pedoman kerja setelah masa berlaku Cetak Biru ASCC 2025 berakhir. Rancangan ini disusun oleh Kelompok Kerja Ad-Hoc Rencana Strategis ASCC Pasca-2025 dan memuat tujuan, sasaran, serta langkah indikatif untuk mendukung **Visi Komunitas ASEAN 2045**.

Kami mengundang lembaga kajian, lembaga penelitian, organisasi masyarakat sipil, sektor swasta, organisasi kepemudaan, serta masyarakat umum di seluruh kawasan untuk menyampaikan pandangannya. Tanggapan dapat diberikan terhadap rancangan secara keseluruhan maupun terhadap bagian tertentu, dalam bahasa Inggris atau bahasa Indonesia.

Seluruh tanggapan akan dibaca oleh sekretariat kelompok kerja. Ringkasan masukan yang diterima, beserta penjelasan mengenai tindak lanjutnya, akan dipublikasikan setelah masa konsultasi berakhir.`,
  },
  timeZone: "Asia/Jakarta",
  versionLabel: "v1",
  documentTitle: {
    en: "Draft ASCC Post-2025 Strategic Plan",
    id: "Rancangan Rencana Strategis ASCC Pasca-2025",
  },
  sections: [
    {
      number: "1",
      heading: {
        en: "Introduction and mandate",
        id: "Pendahuluan dan mandat",
      },
      body: {
        en: `This draft sets out how the ASEAN Socio-Cultural Community (ASCC) intends to advance people-oriented, people-centred cooperation in the years after 2025. It succeeds the **ASCC Blueprint 2025** and draws its mandate from the **Ha Noi Declaration on the ASEAN Community's Post-2025 Vision**, adopted by Leaders at the 37th ASEAN Summit on 12 November 2020, which called for a comprehensive and forward-looking approach across all three pillars of the Community.

The plan is designed to contribute directly to the **ASEAN Community Vision 2045** and should be read together with the strategic plans of the political-security and economic pillars. It was prepared by the Ad-Hoc Working Group on the ASCC Post-2025 Strategic Plan through successive rounds of drafting since February 2024, informed by the final review of the Blueprint.

The draft is organised as follows:

1. **Part 2** presents the strategic goals, each with objectives and indicative measures.
2. **Part 3** describes implementation, resourcing, and monitoring and evaluation.
3. **Part 4** contains supporting annexes, including a glossary.

Stakeholders are invited to say whether these are the right goals, whether the measures are specific enough to act on, and where coordination across pillars is most needed. Comments may refer to a whole section or to a single measure.`,
        id: `Rancangan ini menguraikan arah kerja sama Komunitas Sosial-Budaya ASEAN (ASCC) yang berorientasi dan berpusat pada masyarakat untuk periode setelah 2025. Rencana ini melanjutkan **Cetak Biru ASCC 2025** dan berlandaskan pada **Deklarasi Ha Noi tentang Visi Komunitas ASEAN Pasca-2025** yang disahkan para Kepala Negara/Pemerintahan pada KTT ASEAN ke-37 tanggal 12 November 2020. Deklarasi tersebut mengamanatkan pendekatan yang menyeluruh dan berwawasan ke depan di ketiga pilar Komunitas.

Rencana ini dirancang untuk mendukung secara langsung pencapaian **Visi Komunitas ASEAN 2045** dan perlu dibaca bersama rencana strategis pilar politik-keamanan dan pilar ekonomi. Penyusunannya dilakukan oleh Kelompok Kerja Ad-Hoc Rencana Strategis ASCC Pasca-2025 melalui beberapa putaran pembahasan sejak Februari 2024, dengan mempertimbangkan hasil kajian akhir Cetak Biru.

Sistematika rancangan ini adalah sebagai berikut:

1. **Bagian 2** memuat tujuan strategis beserta sasaran dan langkah indikatif.
2. **Bagian 3** menjelaskan pengaturan pelaksanaan, pendanaan, serta pemantauan dan evaluasi.
3. **Bagian 4** berisi lampiran pendukung, termasuk daftar istilah.

Para pemangku kepentingan diundang untuk menilai ketepatan tujuan strategis, kejelasan langkah agar dapat dilaksanakan, serta bidang yang paling memerlukan koordinasi lintas pilar. Tanggapan dapat ditujukan pada satu bagian secara utuh maupun pada satu langkah tertentu.`,
      },
    },
    {
      number: "2.1",
      heading: {
        en: "Strategic Goal 1: Inclusive human development",
        id: "Tujuan Strategis 1: Pembangunan manusia yang inklusif",
      },
      body: {
        en: `**Goal:** a Community in which every person, regardless of income, location, disability, age or status, can take part in and benefit from regional development.

Progress under the Blueprint 2025 was uneven. Poverty has fallen across the region, yet gaps between urban and rural areas, and between people with and without disabilities, remain wide. Older persons form a growing share of the population in several Member States, while others still have young and fast-growing populations. A regional approach must respond to both.

**Objective 1.1:** Reduce multidimensional poverty and inequality.

**Objective 1.2:** Remove the barriers that limit the participation of persons with disabilities, older persons and other groups in vulnerable situations.

Indicative measures:

1. Develop a regional framework for **measuring multidimensional poverty**, building on national methods already in use.
2. Support Member States in mainstreaming disability inclusion in national development plans, in line with the ASEAN Enabling Masterplan 2025.
3. Establish a peer-learning platform on **active and healthy ageing**, including planning for the long-term care workforce.
4. Promote community-driven development in rural and remote areas, with attention to the particular needs of border communities.
5. Pilot an inclusive development scorecard to track progress across all goals of this plan.`,
        id: `**Tujuan:** Komunitas yang memungkinkan setiap orang, tanpa memandang tingkat pendapatan, tempat tinggal, disabilitas, usia, maupun status, untuk berpartisipasi dan memperoleh manfaat dari pembangunan kawasan.

Capaian pelaksanaan Cetak Biru 2025 belum merata. Angka kemiskinan di kawasan memang menurun, namun kesenjangan antara wilayah perkotaan dan perdesaan, serta antara penyandang disabilitas dan bukan penyandang disabilitas, masih lebar. Di beberapa Negara Anggota proporsi penduduk lanjut usia terus meningkat, sementara di negara lain struktur penduduk masih didominasi usia muda yang tumbuh cepat. Pendekatan regional harus mampu menjawab kedua kondisi tersebut.

**Sasaran 1.1:** Menurunkan kemiskinan multidimensi dan ketimpangan.

**Sasaran 1.2:** Menghapus hambatan yang membatasi partisipasi penyandang disabilitas, lanjut usia, dan kelompok rentan lainnya.

Langkah indikatif:

1. Menyusun kerangka regional **pengukuran kemiskinan multidimensi** dengan memanfaatkan metode nasional yang telah diterapkan.
2. Mendukung Negara Anggota dalam pengarusutamaan inklusi disabilitas ke dalam rencana pembangunan nasional, sejalan dengan ASEAN Enabling Masterplan 2025.
3. Membentuk wadah pembelajaran antarsejawat mengenai **penuaan aktif dan sehat**, termasuk perencanaan kebutuhan tenaga perawatan jangka panjang.
4. Mendorong pembangunan berbasis masyarakat di wilayah perdesaan dan terpencil, dengan memperhatikan kebutuhan khusus masyarakat perbatasan.
5. Melakukan uji coba kartu skor pembangunan inklusif untuk memantau kemajuan seluruh tujuan dalam rencana ini.`,
      },
    },
    {
      number: "2.2",
      heading: {
        en: "Strategic Goal 2: Education, skills and lifelong learning",
        id: "Tujuan Strategis 2: Pendidikan, keterampilan, dan pembelajaran sepanjang hayat",
      },
      body: {
        en: `**Goal:** quality, equitable education and lifelong learning that prepare people for changing labour markets and for active citizenship.

Learning losses during the COVID-19 pandemic widened existing gaps, particularly for children from poorer households and remote areas. At the same time, demand for digital, green and care-economy skills is rising faster than training systems can adapt.

**Objective 2.1:** Improve foundational learning outcomes and completion of basic education.

**Objective 2.2:** Strengthen technical and vocational education and training (TVET) and lifelong learning.

Indicative measures:

1. Agree on regional benchmarks for **foundational literacy and numeracy**, and share approaches to learning recovery.
2. Expand the recognition of qualifications and micro-credentials through the ASEAN Qualifications Reference Framework.
3. Promote industry partnerships in TVET, including work-based learning and apprenticeships for young people and adults.
4. Support teachers through regional professional development networks, with particular attention to **digital pedagogy** and inclusive education.
5. Increase the mobility of students and staff, including short exchanges for vocational learners and not only for university students.

Stakeholders are asked in particular whether these measures give enough weight to out-of-school children and to adults returning to learning.`,
        id: `**Tujuan:** pendidikan yang bermutu dan berkeadilan serta pembelajaran sepanjang hayat yang membekali masyarakat untuk menghadapi perubahan pasar kerja dan berperan aktif sebagai warga.

Ketertinggalan pembelajaran selama pandemi COVID-19 memperlebar kesenjangan yang sudah ada, terutama bagi anak dari rumah tangga miskin dan daerah terpencil. Pada saat yang sama, kebutuhan akan keterampilan digital, keterampilan hijau, dan keterampilan di bidang ekonomi perawatan meningkat lebih cepat daripada kemampuan sistem pelatihan untuk menyesuaikan diri.

**Sasaran 2.1:** Meningkatkan capaian pembelajaran dasar dan angka penyelesaian pendidikan dasar.

**Sasaran 2.2:** Memperkuat pendidikan dan pelatihan vokasi (TVET) serta pembelajaran sepanjang hayat.

Langkah indikatif:

1. Menyepakati tolok ukur regional untuk **literasi dan numerasi dasar** serta berbagi pendekatan pemulihan pembelajaran.
2. Memperluas pengakuan kualifikasi dan kredensial mikro melalui Kerangka Acuan Kualifikasi ASEAN.
3. Mendorong kemitraan dengan dunia usaha dan dunia industri dalam pendidikan vokasi, termasuk pembelajaran berbasis kerja dan pemagangan bagi kaum muda dan orang dewasa.
4. Mendukung guru melalui jejaring pengembangan profesi di tingkat regional, dengan perhatian khusus pada **pedagogi digital** dan pendidikan inklusif.
5. Meningkatkan mobilitas pelajar dan tenaga pendidik, termasuk pertukaran jangka pendek bagi peserta didik vokasi, tidak hanya bagi mahasiswa.

Para pemangku kepentingan secara khusus diminta menilai apakah langkah-langkah ini sudah cukup memperhatikan anak tidak sekolah dan orang dewasa yang kembali belajar.`,
      },
    },
    {
      number: "2.3",
      heading: {
        en: "Strategic Goal 3: Health and One Health",
        id: "Tujuan Strategis 3: Kesehatan dan Satu Kesehatan (One Health)",
      },
      body: {
        en: `**Goal:** healthy people and resilient health systems, prepared for emerging threats where human, animal and environmental health meet.

The pandemic showed how quickly a health emergency becomes a social and economic crisis. The region continues to carry a double burden of communicable and non-communicable diseases, alongside rising antimicrobial resistance and climate-sensitive illness.

**Objective 3.1:** Advance universal health coverage and healthy lifestyles.

**Objective 3.2:** Strengthen regional preparedness and response through a **One Health** approach.

Indicative measures:

1. Operationalise the **ASEAN One Health Network** as a standing mechanism linking health, agriculture, livestock and environment authorities.
2. Support the ASEAN Centre for Public Health Emergencies and Emerging Diseases (ACPHEED) in surveillance, risk assessment and regional stockpiling.
3. Develop joint guidance on reducing antimicrobial resistance across the human and animal health sectors.
4. Scale up the prevention of non-communicable diseases, including tobacco control, healthy diets and mental health services.
5. Promote primary health care as the foundation of universal health coverage, with attention to migrant and border populations.

**Question for consultation:** which One Health functions should be carried out at regional level, and which are better left to national systems?`,
        id: `**Tujuan:** masyarakat yang sehat dan sistem kesehatan yang tangguh, siap menghadapi ancaman baru yang muncul pada titik temu kesehatan manusia, hewan, dan lingkungan.

Pandemi memperlihatkan betapa cepat kedaruratan kesehatan berubah menjadi krisis sosial dan ekonomi. Kawasan ini masih menanggung beban ganda penyakit menular dan penyakit tidak menular, disertai meningkatnya resistansi antimikroba serta penyakit yang dipengaruhi perubahan iklim.

**Sasaran 3.1:** Memajukan cakupan kesehatan semesta dan pola hidup sehat.

**Sasaran 3.2:** Memperkuat kesiapsiagaan dan respons kawasan melalui pendekatan **Satu Kesehatan (One Health)**.

Langkah indikatif:

1. Mengoperasionalkan **Jejaring One Health ASEAN** sebagai mekanisme tetap yang menghubungkan otoritas kesehatan, pertanian, peternakan, dan lingkungan hidup.
2. Mendukung Pusat ASEAN untuk Kedaruratan Kesehatan Masyarakat dan Penyakit Baru (ACPHEED) dalam surveilans, penilaian risiko, dan penyediaan cadangan logistik regional.
3. Menyusun pedoman bersama untuk menekan resistansi antimikroba di sektor kesehatan manusia dan kesehatan hewan.
4. Memperluas upaya pencegahan penyakit tidak menular, termasuk pengendalian tembakau, pola makan sehat, dan layanan kesehatan jiwa.
5. Mendorong pelayanan kesehatan primer sebagai fondasi cakupan kesehatan semesta, dengan perhatian pada pekerja migran dan masyarakat perbatasan.

**Pertanyaan konsultasi:** fungsi One Health mana yang sebaiknya dijalankan di tingkat regional, dan mana yang lebih tepat diserahkan kepada sistem nasional?`,
      },
    },
    {
      number: "2.4",
      heading: {
        en: "Strategic Goal 4: Social protection and migrant workers",
        id: "Tujuan Strategis 4: Perlindungan sosial dan pekerja migran",
      },
      body: {
        en: `**Goal:** adaptive and inclusive social protection for all, and safe, orderly and fair labour migration.

A large part of the regional workforce is informal and has no cover against sickness, old age or loss of income. Millions of ASEAN nationals work in another Member State, and many face high recruitment costs, limited portability of benefits and restricted access to justice.

**Objective 4.1:** Extend social protection coverage, including to informal and platform workers.

**Objective 4.2:** Protect and promote the rights of **migrant workers** and members of their families throughout the migration cycle.

Indicative measures:

1. Develop guidance on **adaptive social protection** that can be scaled up quickly in response to disasters and economic shocks.
2. Explore arrangements for the portability of social security benefits between Member States.
3. Advance the implementation of the ASEAN Consensus on the Protection and Promotion of the Rights of Migrant Workers, including through national action plans.
4. Promote fair and ethical recruitment, and work towards reducing recruitment fees paid by workers.
5. Strengthen labour inspection and occupational safety and health, especially in sectors with a high share of migrant and informal workers.

Comments are welcome on how employers' and workers' organisations should take part in delivering this goal.`,
        id: `**Tujuan:** perlindungan sosial yang adaptif dan inklusif bagi semua, serta migrasi tenaga kerja yang aman, tertib, dan adil.

Sebagian besar angkatan kerja di kawasan bekerja di sektor informal dan belum terlindungi dari risiko sakit, hari tua, maupun kehilangan penghasilan. Jutaan warga ASEAN bekerja di Negara Anggota lain, dan banyak di antaranya menanggung biaya penempatan yang tinggi, keterbatasan portabilitas manfaat jaminan sosial, serta akses yang terbatas terhadap keadilan.

**Sasaran 4.1:** Memperluas cakupan perlindungan sosial, termasuk bagi pekerja informal dan pekerja platform.

**Sasaran 4.2:** Melindungi dan memajukan hak-hak **pekerja migran** beserta anggota keluarganya di seluruh tahapan migrasi.

Langkah indikatif:

1. Menyusun panduan **perlindungan sosial adaptif** yang dapat diperluas dengan cepat ketika terjadi bencana dan guncangan ekonomi.
2. Menjajaki pengaturan portabilitas manfaat jaminan sosial antar-Negara Anggota.
3. Mempercepat pelaksanaan Konsensus ASEAN tentang Pelindungan dan Pemajuan Hak-Hak Pekerja Migran, antara lain melalui rencana aksi nasional.
4. Mendorong perekrutan yang adil dan beretika serta berupaya mengurangi biaya penempatan yang dibebankan kepada pekerja.
5. Memperkuat pengawasan ketenagakerjaan serta keselamatan dan kesehatan kerja, khususnya di sektor dengan proporsi pekerja migran dan pekerja informal yang tinggi.

Kami mengharapkan masukan mengenai peran organisasi pengusaha dan serikat pekerja dalam pelaksanaan tujuan ini.`,
      },
    },
    {
      number: "2.5",
      heading: {
        en: "Strategic Goal 5: Gender equality and youth",
        id: "Tujuan Strategis 5: Kesetaraan gender dan kepemudaan",
      },
      body: {
        en: `**Goal:** women, girls and young people who are empowered to lead, to participate and to shape the future of the Community.

Women's labour force participation in the region remains well below that of men, and women carry most unpaid care work. Young people make up a large share of the population, yet many are not in employment, education or training, and few have a voice in regional decision-making.

**Objective 5.1:** Advance **gender equality** and women's economic empowerment.

**Objective 5.2:** Strengthen the participation, employability and well-being of young people.

Indicative measures:

1. Mainstream gender in ASCC sectoral work plans, drawing on the ASEAN Gender Mainstreaming Strategic Framework.
2. Recognise, reduce and redistribute unpaid care work through investment in care services and family-friendly policies.
3. Prevent and respond to violence against women and children, including technology-facilitated abuse.
4. Institutionalise **youth consultation** in ASCC sectoral bodies, for example through regular youth dialogues ahead of ministerial meetings.
5. Support youth entrepreneurship and volunteering programmes that bring young people from different Member States together.

Stakeholders are invited to propose concrete indicators of meaningful youth participation.`,
        id: `**Tujuan:** perempuan, anak perempuan, dan kaum muda yang berdaya untuk memimpin, berpartisipasi, dan turut menentukan masa depan Komunitas.

Tingkat partisipasi angkatan kerja perempuan di kawasan masih jauh di bawah laki-laki, dan sebagian besar pekerjaan perawatan tidak berbayar dipikul oleh perempuan. Kaum muda merupakan bagian besar dari penduduk, tetapi banyak di antara mereka yang tidak bekerja, tidak bersekolah, dan tidak mengikuti pelatihan, serta hanya sedikit yang dilibatkan dalam pengambilan keputusan di tingkat regional.

**Sasaran 5.1:** Memajukan **kesetaraan gender** dan pemberdayaan ekonomi perempuan.

**Sasaran 5.2:** Memperkuat partisipasi, kesiapan kerja, dan kesejahteraan kaum muda.

Langkah indikatif:

1. Mengarusutamakan gender dalam rencana kerja sektoral ASCC dengan mengacu pada Kerangka Strategis Pengarusutamaan Gender ASEAN.
2. Mengakui, mengurangi, dan mendistribusikan kembali pekerjaan perawatan tidak berbayar melalui investasi pada layanan perawatan dan kebijakan yang ramah keluarga.
3. Mencegah dan menangani kekerasan terhadap perempuan dan anak, termasuk kekerasan berbasis teknologi.
4. Melembagakan **konsultasi kaum muda** dalam badan-badan sektoral ASCC, misalnya melalui dialog pemuda secara berkala menjelang pertemuan tingkat menteri.
5. Mendukung program kewirausahaan dan kerelawanan pemuda yang mempertemukan kaum muda dari berbagai Negara Anggota.

Para pemangku kepentingan diundang untuk mengusulkan indikator konkret bagi partisipasi kaum muda yang bermakna.`,
      },
    },
    {
      number: "2.6",
      heading: {
        en: "Strategic Goal 6: Culture, identity and interreligious dialogue",
        id: "Tujuan Strategis 6: Kebudayaan, identitas, dan dialog antaragama",
      },
      body: {
        en: `**Goal:** a shared ASEAN identity that celebrates diversity, safeguards cultural heritage and builds mutual respect among peoples of different faiths and cultures.

Awareness of ASEAN among its own citizens remains modest, and misinformation and hate speech online can deepen divisions between communities. Culture is also an economic asset: the creative industries provide livelihoods for many young people and small enterprises.

**Objective 6.1:** Promote awareness of ASEAN and a sense of shared identity.

**Objective 6.2:** Foster **intercultural and interreligious dialogue** and a culture of peace.

Indicative measures:

1. Continue the **ASEAN Intercultural and Interreligious Dialogue Conference (IIDC)** as a regular platform, with follow-up activities between conferences.
2. Safeguard tangible and intangible cultural heritage, including through joint nominations and the digitisation of collections.
3. Support creative economy networks and cultural exchanges for artists, especially young and emerging practitioners.
4. Integrate ASEAN studies and media literacy into school curricula and teacher training.
5. Engage religious leaders, the media and online platforms in countering hate speech and promoting tolerance.

Comments are particularly welcome from faith-based organisations and cultural institutions on how dialogue can reach beyond conference halls into local communities.`,
        id: `**Tujuan:** identitas bersama ASEAN yang menghargai keberagaman, melestarikan warisan budaya, dan menumbuhkan sikap saling menghormati di antara masyarakat yang berbeda agama dan budaya.

Pemahaman warga tentang ASEAN masih terbatas, sementara misinformasi dan ujaran kebencian di ruang digital dapat memperdalam perpecahan antarkelompok masyarakat. Kebudayaan juga merupakan aset ekonomi: industri kreatif menjadi sumber penghidupan bagi banyak kaum muda dan usaha kecil.

**Sasaran 6.1:** Meningkatkan kesadaran tentang ASEAN dan rasa memiliki identitas bersama.

**Sasaran 6.2:** Mendorong **dialog antarbudaya dan antaragama** serta budaya damai.

Langkah indikatif:

1. Melanjutkan penyelenggaraan **Konferensi Dialog Antarbudaya dan Antaragama ASEAN (IIDC)** sebagai forum rutin, disertai kegiatan tindak lanjut di antara penyelenggaraan konferensi.
2. Melestarikan warisan budaya benda dan takbenda, antara lain melalui pengusulan bersama dan digitalisasi koleksi.
3. Mendukung jejaring ekonomi kreatif dan pertukaran budaya bagi para seniman, terutama pelaku seni muda dan pendatang baru.
4. Mengintegrasikan kajian ASEAN dan literasi media ke dalam kurikulum sekolah dan pelatihan guru.
5. Melibatkan tokoh agama, media, dan platform daring dalam menangkal ujaran kebencian dan memupuk toleransi.

Kami secara khusus mengharapkan masukan dari organisasi keagamaan dan lembaga kebudayaan tentang cara agar dialog tidak berhenti di ruang konferensi, tetapi juga menjangkau masyarakat di tingkat lokal.`,
      },
    },
    {
      number: "2.7",
      heading: {
        en: "Strategic Goal 7: Environment, climate and disaster resilience",
        id: "Tujuan Strategis 7: Lingkungan hidup, perubahan iklim, dan ketahanan bencana",
      },
      body: {
        en: `**Goal:** a sustainable and resilient Community that protects its environment, acts on climate change and reduces disaster risk.

Southeast Asia is among the regions most exposed to floods, storms, heatwaves and sea-level rise. Transboundary haze, loss of biodiversity and marine plastic pollution call for coordinated action that no Member State can deliver alone.

**Objective 7.1:** Accelerate climate action, environmental protection and the sustainable use of natural resources.

**Objective 7.2:** Strengthen **disaster resilience** and anticipatory action at regional and community levels.

Indicative measures:

1. Support the implementation of nationally determined contributions through regional knowledge-sharing, including on a just transition and climate finance.
2. Advance cooperation on transboundary haze pollution, peatland management and marine debris.
3. Strengthen the AHA Centre and the work programme of the ASEAN Agreement on Disaster Management and Emergency Response (AADMER), with emphasis on **anticipatory action** and early warning.
4. Mainstream disaster risk reduction in social protection systems and in school and health facilities.
5. Recognise the role of local communities, traditional knowledge and women's groups in preparedness and recovery.

Stakeholders are asked whether climate and disaster objectives should stay under one goal or be presented separately in the final plan.`,
        id: `**Tujuan:** Komunitas yang berkelanjutan dan tangguh, yang melindungi lingkungan hidup, mengambil tindakan nyata terhadap perubahan iklim, dan mengurangi risiko bencana.

Asia Tenggara termasuk kawasan yang paling rentan terhadap banjir, badai, gelombang panas, dan kenaikan permukaan laut. Pencemaran asap lintas batas, hilangnya keanekaragaman hayati, dan sampah plastik di laut menuntut tindakan terkoordinasi yang tidak mungkin dilakukan oleh satu Negara Anggota saja.

**Sasaran 7.1:** Mempercepat aksi iklim, perlindungan lingkungan hidup, dan pemanfaatan sumber daya alam secara berkelanjutan.

**Sasaran 7.2:** Memperkuat **ketahanan bencana** dan aksi antisipatif di tingkat regional maupun di tingkat masyarakat.

Langkah indikatif:

1. Mendukung pelaksanaan kontribusi yang ditetapkan secara nasional (NDC) melalui pertukaran pengetahuan regional, termasuk mengenai transisi berkeadilan dan pendanaan iklim.
2. Memajukan kerja sama penanggulangan pencemaran asap lintas batas, pengelolaan lahan gambut, dan sampah laut.
3. Memperkuat AHA Centre dan program kerja Persetujuan ASEAN tentang Penanggulangan Bencana dan Tanggap Darurat (AADMER), dengan penekanan pada **aksi antisipatif** dan peringatan dini.
4. Mengarusutamakan pengurangan risiko bencana dalam sistem perlindungan sosial serta fasilitas pendidikan dan kesehatan.
5. Mengakui peran masyarakat setempat, kearifan lokal, dan kelompok perempuan dalam kesiapsiagaan dan pemulihan.

Para pemangku kepentingan diminta menilai apakah sasaran terkait iklim dan kebencanaan sebaiknya tetap berada dalam satu tujuan atau disajikan terpisah dalam rencana final.`,
      },
    },
    {
      number: "2.8",
      heading: {
        en: "Strategic Goal 8: Digital transformation",
        id: "Tujuan Strategis 8: Transformasi digital",
      },
      body: {
        en: `**Goal:** a digitally inclusive Community in which technology widens opportunity and public services reach everyone, while people are protected from harm online.

Digital adoption accelerated sharply during the pandemic, but access, affordability and skills remain unequal. Older persons, persons with disabilities and rural households are the most likely to be left behind as services move online. New risks, from online scams to the misuse of artificial intelligence, tend to affect the most vulnerable first.

**Objective 8.1:** Close digital divides in access, skills and use.

**Objective 8.2:** Harness digital tools for social services while safeguarding rights and safety online.

Indicative measures:

1. Promote **digital literacy** programmes for all ages, delivered with community organisations and public libraries.
2. Share good practice on accessible digital public services and digital identity systems that do not exclude people without devices.
3. Strengthen cooperation to protect children and young people online, including from exploitation and cyberbullying.
4. Develop regional guidance on the ethical use of **artificial intelligence** in education, health and social welfare.
5. Coordinate with the ASEAN Digital Masterplan and the economic pillar to avoid duplication.

Views are sought on which public services should be prioritised for digital inclusion standards.`,
        id: `**Tujuan:** Komunitas yang inklusif secara digital, tempat teknologi memperluas kesempatan dan layanan publik menjangkau semua orang, sekaligus melindungi masyarakat dari bahaya di ruang daring.

Pemanfaatan teknologi digital meningkat pesat selama pandemi, tetapi akses, keterjangkauan, dan keterampilan digital masih timpang. Lanjut usia, penyandang disabilitas, dan rumah tangga di perdesaan paling berisiko tertinggal ketika layanan beralih ke ranah daring. Risiko baru, mulai dari penipuan daring hingga penyalahgunaan kecerdasan artifisial, cenderung paling dahulu menimpa kelompok yang paling rentan.

**Sasaran 8.1:** Mempersempit kesenjangan digital dalam hal akses, keterampilan, dan pemanfaatan.

**Sasaran 8.2:** Memanfaatkan perangkat digital untuk layanan sosial dengan tetap menjamin hak dan keamanan di ruang daring.

Langkah indikatif:

1. Mendorong program **literasi digital** bagi semua kelompok usia yang dilaksanakan bersama organisasi kemasyarakatan dan perpustakaan umum.
2. Berbagi praktik baik mengenai layanan publik digital dan sistem identitas digital yang mudah diakses serta tidak mengecualikan warga yang tidak memiliki perangkat.
3. Memperkuat kerja sama untuk melindungi anak dan kaum muda di ruang daring, termasuk dari eksploitasi dan perundungan siber.
4. Menyusun panduan regional tentang pemanfaatan **kecerdasan artifisial** secara etis di bidang pendidikan, kesehatan, dan kesejahteraan sosial.
5. Berkoordinasi dengan ASEAN Digital Masterplan dan pilar ekonomi untuk menghindari tumpang tindih.

Kami mengharapkan pandangan mengenai layanan publik mana yang perlu diprioritaskan dalam penerapan standar inklusi digital.`,
      },
    },
    {
      number: "3.1",
      heading: {
        en: "Implementation arrangements",
        id: "Pengaturan pelaksanaan",
      },
      body: {
        en: `This plan will be implemented by the ASCC sectoral bodies under the guidance of the ASCC Council, with the **Senior Officials Committee for the ASCC (SOCA)** overseeing coordination. The ASEAN Secretariat will help sectoral bodies translate the measures into their own work plans.

Implementation will follow four principles:

1. **Cross-pillar coherence:** measures that touch on trade, labour mobility, the digital economy or security will be coordinated with the ASEAN Economic Community and the ASEAN Political-Security Community, including through joint cross-pillar sessions.
2. **Partnership:** think tanks, research institutions, civil-society organisations, the private sector and youth networks will be engaged in design, delivery and review, not only in consultation.
3. **Differentiated capacity:** support will be directed to the Member States that need it most, including through the Initiative for ASEAN Integration.
4. **Sustainable resourcing:** sectoral bodies will identify funding for each measure, combining Member State contributions, the ASEAN Development Fund and support from Dialogue and Development Partners.

The Coordinating Conference on the ASCC (SOC-COM) will serve as the annual forum to review cross-sectoral progress and resolve overlaps between sectoral bodies.

**Question for consultation:** how can non-state stakeholders be involved in implementation in a predictable way, rather than case by case?`,
        id: `Rencana ini dilaksanakan oleh badan-badan sektoral ASCC di bawah arahan Dewan ASCC, dengan koordinasi oleh **Komite Pejabat Senior ASCC (SOCA)**. Sekretariat ASEAN akan membantu badan-badan sektoral menjabarkan langkah-langkah dalam rencana ini ke dalam rencana kerja masing-masing.

Pelaksanaan rencana berpedoman pada empat prinsip:

1. **Keterpaduan lintas pilar:** langkah yang bersinggungan dengan perdagangan, mobilitas tenaga kerja, ekonomi digital, atau keamanan dikoordinasikan dengan Masyarakat Ekonomi ASEAN dan Komunitas Politik-Keamanan ASEAN, antara lain melalui sidang gabungan lintas pilar.
2. **Kemitraan:** lembaga kajian, lembaga penelitian, organisasi masyarakat sipil, sektor swasta, dan jejaring kaum muda dilibatkan dalam perancangan, pelaksanaan, dan peninjauan, tidak hanya dalam konsultasi.
3. **Perbedaan kapasitas:** dukungan diarahkan kepada Negara Anggota yang paling membutuhkan, antara lain melalui Prakarsa Integrasi ASEAN (IAI).
4. **Pendanaan berkelanjutan:** badan sektoral mengidentifikasi sumber pendanaan untuk setiap langkah, dengan memadukan kontribusi Negara Anggota, Dana Pembangunan ASEAN, serta dukungan Mitra Wicara dan Mitra Pembangunan.

Konferensi Koordinasi ASCC (SOC-COM) berfungsi sebagai forum tahunan untuk meninjau kemajuan lintas sektor dan menyelesaikan tumpang tindih antarbadan sektoral.

**Pertanyaan konsultasi:** bagaimana pemangku kepentingan nonpemerintah dapat dilibatkan dalam pelaksanaan secara terencana dan berkesinambungan, bukan sekadar kasus per kasus?`,
      },
    },
    {
      number: "3.2",
      heading: {
        en: "Monitoring, evaluation and the ADME system",
        id: "Pemantauan, evaluasi, dan sistem ADME",
      },
      body: {
        en: `A results-based monitoring and evaluation (M&E) framework will accompany this plan. It builds on lessons from the Blueprint 2025, under which many indicators lacked baselines and sectoral bodies reported progress in inconsistent ways.

The framework will include:

1. A **results matrix** linking each measure to objectives, indicators, baselines and targets, with data disaggregated by sex and age wherever possible.
2. The **ASCC Database for Monitoring and Evaluation (ADME)** as the single system through which sectoral bodies report progress, replacing separate spreadsheets and narrative reports.
3. A **mid-term review** and a **final review**, each including an independent assessment and consultation with stakeholders.
4. Annual progress summaries presented to the SOC-COM and published in an accessible format.

Where possible, indicators will be aligned with the Sustainable Development Goals and with data already collected by national statistical offices, so as not to add to the reporting burden. The ASEAN Secretariat will work with the ASEANstats community to close gaps in social statistics, including on disability, migration and unpaid care work.

**Question for consultation:** which indicators would be most useful to your organisation, and would you use an open ADME data portal?`,
        id: `Rencana ini dilengkapi kerangka pemantauan dan evaluasi (monev) berbasis hasil. Kerangka tersebut disusun berdasarkan pembelajaran dari pelaksanaan Cetak Biru 2025, ketika banyak indikator belum memiliki data dasar dan pelaporan kemajuan antarbadan sektoral belum seragam.

Kerangka ini mencakup:

1. **Matriks hasil** yang mengaitkan setiap langkah dengan sasaran, indikator, data dasar, dan target, dengan data terpilah menurut jenis kelamin dan kelompok usia sejauh memungkinkan.
2. **Basis Data ASCC untuk Pemantauan dan Evaluasi (ADME)** sebagai sistem tunggal bagi badan sektoral untuk melaporkan kemajuan, menggantikan lembar kerja dan laporan naratif yang terpisah-pisah.
3. **Kajian paruh waktu** dan **kajian akhir**, yang masing-masing mencakup penilaian independen dan konsultasi dengan pemangku kepentingan.
4. Ringkasan kemajuan tahunan yang disampaikan kepada SOC-COM dan dipublikasikan dalam format yang mudah dipahami.

Sedapat mungkin, indikator diselaraskan dengan Tujuan Pembangunan Berkelanjutan (TPB/SDGs) dan dengan data yang telah dikumpulkan oleh lembaga statistik nasional agar tidak menambah beban pelaporan. Sekretariat ASEAN akan bekerja sama dengan komunitas ASEANstats untuk menutup kesenjangan statistik sosial, termasuk data disabilitas, migrasi, dan pekerjaan perawatan tidak berbayar.

**Pertanyaan konsultasi:** indikator apa yang paling bermanfaat bagi organisasi Anda, dan apakah Anda akan memanfaatkan portal data ADME yang terbuka?`,
      },
    },
    {
      number: "4",
      heading: {
        en: "Annex: Glossary of terms and abbreviations",
        id: null,
      },
      body: {
        en: `This glossary explains the terms and abbreviations used in this draft. It will be updated as the text is revised.

- **ADME** — ASCC Database for Monitoring and Evaluation, the online system through which progress on ASCC measures is reported.
- **AHA Centre** — ASEAN Coordinating Centre for Humanitarian Assistance on disaster management.
- **ACPHEED** — ASEAN Centre for Public Health Emergencies and Emerging Diseases.
- **Anticipatory action** — assistance released on the basis of a forecast, before a hazard turns into a disaster.
- **IIDC** — ASEAN Intercultural and Interreligious Dialogue Conference.
- **Measure** — a specific action under an objective, to be carried out by one or more sectoral bodies.
- **One Health** — an integrated approach that recognises the links between the health of people, animals and the environment.
- **Sectoral body** — a ministerial or senior officials' meeting responsible for one area of ASCC cooperation.
- **SOC-COM** — Coordinating Conference on the ASEAN Socio-Cultural Community.
- **SOCA** — Senior Officials Committee for the ASEAN Socio-Cultural Community.
- **TVET** — technical and vocational education and training.

*A Bahasa Indonesia version of this annex is being prepared and will be included in the next version of the draft.*`,
        id: null,
      },
    },
  ],
};

export const pastConsultation: SeedConsultation = {
  slug: "ascc-blueprint-2025-review",
  referencePrefix: "ASCC-BP",
  title: {
    en: "ASCC Blueprint 2025 — final review consultation",
    id: "Kajian Akhir Cetak Biru ASCC 2025 — konsultasi publik",
  },
  summary: {
    en: "A closed consultation on the draft findings of the final review of the ASCC Blueprint 2025. The results informed the drafting of the post-2025 strategic plan.",
    id: "Konsultasi yang telah ditutup mengenai rancangan temuan kajian akhir Cetak Biru ASCC 2025. Hasilnya menjadi masukan bagi penyusunan rencana strategis pasca-2025.",
  },
  description: {
    en: `This consultation invited comments on the draft findings of the final review of the **ASCC Blueprint 2025**, which guided ASEAN socio-cultural cooperation from 2016.

The review looked at each of the Blueprint's five characteristics and asked what worked, what did not, and why. Comments from stakeholders were used to finalise the findings and to shape the recommendations for the plan that follows.

The consultation is now closed. Thank you to everyone who took part.`,
    id: `Konsultasi ini mengundang tanggapan atas rancangan temuan kajian akhir **Cetak Biru ASCC 2025**, yang menjadi pedoman kerja sama sosial-budaya ASEAN sejak 2016.

Kajian ini menelaah kelima karakteristik Cetak Biru untuk mengetahui hal-hal yang berhasil, yang belum berhasil, beserta penyebabnya. Tanggapan para pemangku kepentingan digunakan untuk menyempurnakan temuan dan merumuskan rekomendasi bagi rencana penggantinya.

Konsultasi ini telah ditutup. Terima kasih kepada semua pihak yang telah berpartisipasi.`,
  },
  timeZone: "Asia/Jakarta",
  versionLabel: "v2",
  documentTitle: {
    en: "ASCC Blueprint 2025: Final Review — Draft Findings",
    id: "Cetak Biru ASCC 2025: Kajian Akhir — Rancangan Temuan",
  },
  sections: [
    {
      number: "1",
      heading: {
        en: "Scope and method",
        id: "Ruang lingkup dan metode",
      },
      body: {
        en: `This review assesses how far the **ASCC Blueprint 2025** achieved its intended results between 2016 and 2024. It draws on progress reports from sectoral bodies, the mid-term review, national statistics and interviews with officials and partners.

The review is organised around the Blueprint's five characteristics:

- **A.** Engages and benefits the people
- **B.** Inclusive
- **C.** Sustainable
- **D.** Resilient
- **E.** Dynamic

Stakeholders were asked to comment on the draft findings before they were finalised and used to inform the post-2025 strategic plan.`,
        id: `Kajian ini menilai sejauh mana **Cetak Biru ASCC 2025** mencapai hasil yang diharapkan selama periode 2016–2024. Kajian bersumber dari laporan kemajuan badan-badan sektoral, kajian paruh waktu, data statistik nasional, serta wawancara dengan pejabat dan mitra.

Kajian disusun berdasarkan lima karakteristik Cetak Biru:

- **A.** Melibatkan dan memberi manfaat bagi masyarakat
- **B.** Inklusif
- **C.** Berkelanjutan
- **D.** Tangguh
- **E.** Dinamis

Para pemangku kepentingan diminta memberikan tanggapan atas rancangan temuan sebelum difinalkan dan digunakan sebagai masukan bagi rencana strategis pasca-2025.`,
      },
    },
    {
      number: "2",
      heading: {
        en: "Summary of findings",
        id: "Ringkasan temuan",
      },
      body: {
        en: `Overall, most planned action lines were started, but results varied widely between characteristics.

1. **Characteristic A:** engagement with stakeholders grew, yet participation was often one-off and concentrated in a few Member States.
2. **Characteristic B:** regional frameworks on disability, gender and migrant workers were adopted; national implementation was uneven.
3. **Characteristics C and D:** disaster management was the strongest area of cooperation, while environmental commitments lacked measurable targets.
4. **Characteristic E:** work on creativity, entrepreneurship and innovation was scattered across sectoral bodies.

Weak baselines made it difficult to measure outcomes, so most reports recorded activities rather than results.`,
        id: `Secara umum, sebagian besar rencana aksi telah dimulai, tetapi hasilnya sangat beragam antarkarakteristik.

1. **Karakteristik A:** keterlibatan pemangku kepentingan meningkat, namun partisipasi sering kali hanya bersifat sekali jalan dan terpusat di beberapa Negara Anggota.
2. **Karakteristik B:** kerangka regional tentang disabilitas, gender, dan pekerja migran telah disepakati, tetapi pelaksanaannya di tingkat nasional belum merata.
3. **Karakteristik C dan D:** penanggulangan bencana menjadi bidang kerja sama yang paling kuat, sedangkan komitmen di bidang lingkungan hidup belum dilengkapi target yang terukur.
4. **Karakteristik E:** upaya di bidang kreativitas, kewirausahaan, dan inovasi masih tersebar di berbagai badan sektoral.

Lemahnya data dasar menyulitkan pengukuran capaian, sehingga sebagian besar laporan hanya mencatat kegiatan, bukan hasil.`,
      },
    },
    {
      number: "3",
      heading: {
        en: "Lessons for the post-2025 plan",
        id: "Pembelajaran bagi rencana pasca-2025",
      },
      body: {
        en: `The review recommends that the successor plan should:

1. Contain **fewer, clearer goals**, with measurable objectives and indicators agreed from the outset.
2. Use a single monitoring system, the ASCC Database for Monitoring and Evaluation (ADME), for all sectoral reporting.
3. Institutionalise engagement with think tanks, research institutions and civil society, rather than relying on occasional consultations.
4. Strengthen coordination with the political-security and economic pillars on cross-cutting issues such as labour mobility and the digital economy.

These recommendations were presented to the SOC-COM and to the Ad-Hoc Working Group drafting the new plan.`,
        id: `Kajian ini merekomendasikan agar rencana pengganti:

1. Memuat **tujuan yang lebih sedikit dan lebih jelas**, dengan sasaran dan indikator terukur yang disepakati sejak awal.
2. Menggunakan satu sistem pemantauan, yaitu Basis Data ASCC untuk Pemantauan dan Evaluasi (ADME), untuk seluruh pelaporan sektoral.
3. Melembagakan keterlibatan lembaga kajian, lembaga penelitian, dan masyarakat sipil, alih-alih mengandalkan konsultasi yang diadakan sesekali.
4. Memperkuat koordinasi dengan pilar politik-keamanan dan pilar ekonomi dalam isu lintas sektor seperti mobilitas tenaga kerja dan ekonomi digital.

Rekomendasi ini telah disampaikan kepada SOC-COM dan Kelompok Kerja Ad-Hoc yang menyusun rencana baru.`,
      },
    },
  ],
};

export const demoThemes: SeedTheme[] = [
  {
    key: "inclusive_development",
    label: { en: "Inclusive development", id: "Pembangunan inklusif" },
    description: {
      en: "Reducing poverty and inequality so that no group, including persons with disabilities and older persons, is left behind.",
      id: "Pengurangan kemiskinan dan ketimpangan agar tidak ada kelompok yang tertinggal, termasuk penyandang disabilitas dan lanjut usia.",
    },
    keywords: {
      en: [
        "poverty",
        "inequality",
        "disability",
        "older persons",
        "ageing",
        "rural",
        "vulnerable groups",
        "leave no one behind",
      ],
      id: [
        "kemiskinan",
        "ketimpangan",
        "disabilitas",
        "lanjut usia",
        "penuaan",
        "perdesaan",
        "kelompok rentan",
        "inklusi",
      ],
    },
  },
  {
    key: "education_skills",
    label: { en: "Education and skills", id: "Pendidikan dan keterampilan" },
    description: {
      en: "Quality basic education, vocational training and lifelong learning that prepare people for work and citizenship.",
      id: "Pendidikan dasar yang bermutu, pelatihan vokasi, dan pembelajaran sepanjang hayat yang menyiapkan masyarakat untuk bekerja dan berperan sebagai warga.",
    },
    keywords: {
      en: [
        "education",
        "school",
        "tvet",
        "vocational",
        "skills",
        "lifelong learning",
        "teachers",
        "literacy",
        "qualifications",
      ],
      id: [
        "pendidikan",
        "sekolah",
        "vokasi",
        "keterampilan",
        "pembelajaran sepanjang hayat",
        "guru",
        "literasi",
        "kualifikasi",
        "pelatihan",
      ],
    },
  },
  {
    key: "health_one_health",
    label: { en: "Health and One Health", id: "Kesehatan dan One Health" },
    description: {
      en: "Universal health coverage and joint preparedness for threats that link human, animal and environmental health.",
      id: "Cakupan kesehatan semesta dan kesiapsiagaan bersama menghadapi ancaman yang mengaitkan kesehatan manusia, hewan, dan lingkungan.",
    },
    keywords: {
      en: [
        "health",
        "one health",
        "pandemic",
        "antimicrobial resistance",
        "primary health care",
        "universal health coverage",
        "mental health",
        "zoonotic",
      ],
      id: [
        "kesehatan",
        "satu kesehatan",
        "pandemi",
        "resistansi antimikroba",
        "layanan kesehatan primer",
        "cakupan kesehatan semesta",
        "kesehatan jiwa",
        "zoonosis",
      ],
    },
  },
  {
    key: "social_protection",
    label: { en: "Social protection", id: "Perlindungan sosial" },
    description: {
      en: "Social assistance and insurance that reach informal workers and can respond quickly to shocks.",
      id: "Bantuan dan jaminan sosial yang menjangkau pekerja informal dan dapat merespons guncangan dengan cepat.",
    },
    keywords: {
      en: [
        "social protection",
        "social security",
        "social assistance",
        "informal workers",
        "cash transfers",
        "adaptive",
        "pension",
        "safety net",
      ],
      id: [
        "perlindungan sosial",
        "jaminan sosial",
        "bantuan sosial",
        "pekerja informal",
        "bantuan tunai",
        "adaptif",
        "pensiun",
        "jaring pengaman",
      ],
    },
  },
  {
    key: "labour_migrant_workers",
    label: { en: "Labour and migrant workers", id: "Ketenagakerjaan dan pekerja migran" },
    description: {
      en: "Decent work, fair recruitment and the protection of migrant workers and their families across borders.",
      id: "Pekerjaan yang layak, perekrutan yang adil, serta pelindungan pekerja migran dan keluarganya lintas batas negara.",
    },
    keywords: {
      en: [
        "migrant workers",
        "labour",
        "recruitment",
        "decent work",
        "occupational safety",
        "domestic workers",
        "portability",
        "trafficking",
      ],
      id: [
        "pekerja migran",
        "ketenagakerjaan",
        "perekrutan",
        "pekerjaan layak",
        "keselamatan kerja",
        "pekerja rumah tangga",
        "portabilitas",
        "perdagangan orang",
      ],
    },
  },
  {
    key: "gender_equality",
    label: { en: "Gender equality", id: "Kesetaraan gender" },
    description: {
      en: "Equal rights and opportunities for women and girls, including economic empowerment and freedom from violence.",
      id: "Kesetaraan hak dan kesempatan bagi perempuan dan anak perempuan, termasuk pemberdayaan ekonomi dan bebas dari kekerasan.",
    },
    keywords: {
      en: [
        "gender",
        "women",
        "girls",
        "gender mainstreaming",
        "care work",
        "violence against women",
        "women's empowerment",
      ],
      id: [
        "gender",
        "perempuan",
        "anak perempuan",
        "pengarusutamaan gender",
        "pekerjaan perawatan",
        "kekerasan terhadap perempuan",
        "pemberdayaan perempuan",
      ],
    },
  },
  {
    key: "youth",
    label: { en: "Youth", id: "Kepemudaan" },
    description: {
      en: "Meaningful participation, employment and well-being of young people across the region.",
      id: "Partisipasi yang bermakna, lapangan kerja, dan kesejahteraan kaum muda di seluruh kawasan.",
    },
    keywords: {
      en: [
        "youth",
        "young people",
        "neet",
        "youth employment",
        "volunteering",
        "entrepreneurship",
        "youth participation",
      ],
      id: [
        "pemuda",
        "kaum muda",
        "generasi muda",
        "lapangan kerja pemuda",
        "kerelawanan",
        "kewirausahaan",
        "partisipasi pemuda",
      ],
    },
  },
  {
    key: "culture_dialogue",
    label: { en: "Culture and dialogue", id: "Kebudayaan dan dialog" },
    description: {
      en: "ASEAN identity, cultural heritage, the creative economy and dialogue between cultures and faiths.",
      id: "Identitas ASEAN, warisan budaya, ekonomi kreatif, serta dialog antarbudaya dan antaragama.",
    },
    keywords: {
      en: [
        "culture",
        "heritage",
        "identity",
        "interreligious",
        "intercultural",
        "tolerance",
        "creative economy",
        "asean awareness",
      ],
      id: [
        "kebudayaan",
        "warisan budaya",
        "identitas",
        "antaragama",
        "antarbudaya",
        "toleransi",
        "ekonomi kreatif",
        "kesadaran asean",
      ],
    },
  },
  {
    key: "environment_climate",
    label: { en: "Environment and climate", id: "Lingkungan hidup dan iklim" },
    description: {
      en: "Climate action, biodiversity and pollution control, including transboundary haze and marine debris.",
      id: "Aksi iklim, keanekaragaman hayati, dan pengendalian pencemaran, termasuk asap lintas batas dan sampah laut.",
    },
    keywords: {
      en: [
        "climate change",
        "environment",
        "biodiversity",
        "haze",
        "peatland",
        "marine debris",
        "just transition",
        "emissions",
      ],
      id: [
        "perubahan iklim",
        "lingkungan hidup",
        "keanekaragaman hayati",
        "asap lintas batas",
        "lahan gambut",
        "sampah laut",
        "transisi berkeadilan",
        "emisi",
      ],
    },
  },
  {
    key: "disaster_resilience",
    label: { en: "Disaster resilience", id: "Ketahanan bencana" },
    description: {
      en: "Reducing disaster risk and strengthening preparedness, early warning and recovery at every level.",
      id: "Pengurangan risiko bencana serta penguatan kesiapsiagaan, peringatan dini, dan pemulihan di semua tingkatan.",
    },
    keywords: {
      en: [
        "disaster",
        "resilience",
        "early warning",
        "anticipatory action",
        "preparedness",
        "humanitarian",
        "flood",
        "recovery",
      ],
      id: [
        "bencana",
        "ketahanan",
        "peringatan dini",
        "aksi antisipatif",
        "kesiapsiagaan",
        "kemanusiaan",
        "banjir",
        "pemulihan",
      ],
    },
  },
  {
    key: "digital_transformation",
    label: { en: "Digital transformation", id: "Transformasi digital" },
    description: {
      en: "Inclusive access to digital technology and services, digital skills and safety online.",
      id: "Akses yang inklusif terhadap teknologi dan layanan digital, keterampilan digital, serta keamanan di ruang daring.",
    },
    keywords: {
      en: [
        "digital",
        "digital literacy",
        "internet access",
        "online safety",
        "artificial intelligence",
        "e-government",
        "digital divide",
        "data protection",
      ],
      id: [
        "digital",
        "literasi digital",
        "akses internet",
        "keamanan daring",
        "kecerdasan artifisial",
        "layanan publik digital",
        "kesenjangan digital",
        "pelindungan data",
      ],
    },
  },
  {
    key: "monitoring_data",
    label: { en: "Monitoring and data", id: "Pemantauan dan data" },
    description: {
      en: "Indicators, statistics and review processes used to track the plan, including the ADME system.",
      id: "Indikator, statistik, dan proses peninjauan yang digunakan untuk memantau rencana, termasuk sistem ADME.",
    },
    keywords: {
      en: ["monitoring", "evaluation", "indicators", "baseline", "adme", "statistics", "disaggregated data", "review"],
      id: ["pemantauan", "evaluasi", "indikator", "data dasar", "adme", "statistik", "data terpilah", "kajian"],
    },
  },
];

export const demoOrganisations: SeedOrganisation[] = [
  {
    name: "Nusantara Institute for Social Policy",
    type: "think_tank",
    country: "ID",
    website: "https://nusantara-social-policy.example.org",
  },
  {
    name: "Kalinaw Institute for Development Research, Bayanihan State University",
    type: "research_institution",
    country: "PH",
    website: "https://kalinaw-research.example.org",
  },
  {
    name: "Mekong Community Voices Network",
    type: "civil_society",
    country: "KH",
    website: "https://mekong-voices.example.org",
  },
  {
    name: "Viet Nam Business Alliance for Skills and Inclusion",
    type: "private_sector",
    country: "VN",
    website: null,
  },
];
