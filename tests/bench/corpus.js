// What the bulk loader (bulk-load.js) builds its bench consultation from: 20 sections, the 12
// themes of the demo consultation (keywords in both languages, so the theme suggestions have
// something to work with), and phrases in English and Bahasa Indonesia that PostgreSQL puts
// together into submissions. Each theme has eight phrases per language that use its keywords;
// a submission is mostly made of its main theme's phrases, some of a second theme's, and a few
// general ones (openings, remarks on the plan, places), so full-text search finds realistic
// shares: a theme word in some tens of thousands of a million submissions, a place in a few
// thousand. Real input has a larger vocabulary; these texts repeat their phrases more often.

export const SECTIONS = [
  ["1", "Introduction", "Pendahuluan"],
  ["1.1", "Background", "Latar belakang"],
  ["1.2", "Lessons from the previous plan", "Pelajaran dari rencana sebelumnya"],
  ["2", "Human development", "Pembangunan manusia"],
  ["2.1", "Foundational learning", "Pembelajaran dasar"],
  ["2.2", "Skills and lifelong learning", "Keterampilan dan pembelajaran sepanjang hayat"],
  ["2.3", "Health for all", "Kesehatan untuk semua"],
  ["3", "Social welfare and protection", "Kesejahteraan dan perlindungan sosial"],
  ["3.1", "Social protection systems", "Sistem perlindungan sosial"],
  ["3.2", "Migrant workers", "Pekerja migran"],
  ["3.3", "Persons with disabilities and older persons", "Penyandang disabilitas dan lanjut usia"],
  ["4", "Gender equality and youth", "Kesetaraan gender dan kepemudaan"],
  ["4.1", "Women's economic empowerment", "Pemberdayaan ekonomi perempuan"],
  ["4.2", "Youth participation", "Partisipasi pemuda"],
  ["5", "Sustainable and resilient communities", "Komunitas yang berkelanjutan dan tangguh"],
  ["5.1", "Climate and environment", "Iklim dan lingkungan hidup"],
  ["5.2", "Disaster management", "Penanggulangan bencana"],
  ["6", "Culture and identity", "Kebudayaan dan identitas"],
  ["7", "Digital transformation", "Transformasi digital"],
  ["8", "Implementation, monitoring and review", "Pelaksanaan, pemantauan, dan peninjauan"],
];

/** The demo consultation's themes (db/seed/content.ts), kept here so the bench owns its data. */
export const THEMES = [
  {
    key: "inclusive_development",
    label: ["Inclusive development", "Pembangunan inklusif"],
    keywords: {
      en: ["poverty", "inequality", "disability", "older persons", "ageing", "rural", "vulnerable groups", "leave no one behind"],
      id: ["kemiskinan", "ketimpangan", "disabilitas", "lanjut usia", "penuaan", "perdesaan", "kelompok rentan", "inklusi"],
    },
    phrases: {
      en: [
        "Poverty in rural districts has barely fallen since the last plan, and inequality between provinces is growing.",
        "Persons with disability are still left out of most programmes, so the plan should count them in every survey.",
        "Older persons need income support and care as the region is ageing faster than expected.",
        "The plan should name vulnerable groups explicitly and set targets for each of them.",
        "Leave no one behind must mean budgets for rural communities, not only words in the preamble.",
        "We ask for indicators of inequality by sex, age and disability in every member state.",
        "Ageing households in rural areas spend a large share of their income on care for older persons.",
        "Programmes against poverty work best when vulnerable groups help to design them.",
      ],
      id: [
        "Kemiskinan di kabupaten perdesaan hampir tidak berkurang sejak rencana sebelumnya, dan ketimpangan antarprovinsi makin lebar.",
        "Penyandang disabilitas masih tertinggal dari sebagian besar program, sehingga rencana ini perlu mendata mereka dalam setiap survei.",
        "Warga lanjut usia membutuhkan dukungan pendapatan dan perawatan karena penuaan penduduk berlangsung lebih cepat dari perkiraan.",
        "Rencana ini sebaiknya menyebut kelompok rentan secara tegas dan menetapkan sasaran untuk masing-masing kelompok.",
        "Inklusi harus berarti anggaran bagi masyarakat perdesaan, bukan hanya kata-kata dalam pembukaan.",
        "Kami meminta indikator ketimpangan menurut jenis kelamin, usia, dan disabilitas di setiap negara anggota.",
        "Rumah tangga lanjut usia di perdesaan menghabiskan sebagian besar pendapatannya untuk perawatan.",
        "Program pengentasan kemiskinan paling berhasil bila kelompok rentan ikut merancangnya.",
      ],
    },
  },
  {
    key: "education_skills",
    label: ["Education and skills", "Pendidikan dan keterampilan"],
    keywords: {
      en: ["education", "school", "tvet", "vocational", "skills", "lifelong learning", "teachers", "literacy", "qualifications"],
      id: ["pendidikan", "sekolah", "vokasi", "keterampilan", "pembelajaran sepanjang hayat", "guru", "literasi", "kualifikasi", "pelatihan"],
    },
    phrases: {
      en: [
        "Teachers in remote schools need continuous training and a hardship allowance.",
        "Literacy in the early grades is the foundation of every other education goal in this plan.",
        "Vocational training and TVET courses should be designed with employers and recognised across borders.",
        "Mutual recognition of qualifications would let skilled workers move without repeating their training.",
        "Lifelong learning is mentioned once; adults who lost their jobs need second-chance education and skills courses.",
        "School meals keep children in school, especially girls in poor districts.",
        "We propose a regional reading indicator for grade 3 so that literacy can be compared across member states.",
        "Digital skills should be part of the school curriculum and of vocational education alike.",
      ],
      id: [
        "Guru di sekolah terpencil membutuhkan pelatihan berkelanjutan dan tunjangan daerah khusus.",
        "Literasi di kelas awal adalah fondasi bagi semua tujuan pendidikan lain dalam rencana ini.",
        "Pendidikan vokasi sebaiknya dirancang bersama dunia usaha dan diakui lintas negara.",
        "Pengakuan bersama atas kualifikasi memungkinkan tenaga terampil berpindah tanpa mengulang pelatihan.",
        "Pembelajaran sepanjang hayat hanya disebut sekali; orang dewasa yang kehilangan pekerjaan memerlukan pelatihan keterampilan.",
        "Makan siang di sekolah membuat anak tetap bersekolah, terutama anak perempuan di kabupaten miskin.",
        "Kami mengusulkan indikator membaca regional untuk kelas 3 agar literasi dapat dibandingkan antarnegara anggota.",
        "Keterampilan digital perlu masuk kurikulum sekolah dan juga pendidikan vokasi.",
      ],
    },
  },
  {
    key: "health_one_health",
    label: ["Health and One Health", "Kesehatan dan One Health"],
    keywords: {
      en: ["health", "one health", "pandemic", "antimicrobial resistance", "primary health care", "universal health coverage", "mental health", "zoonotic"],
      id: ["kesehatan", "satu kesehatan", "pandemi", "resistansi antimikroba", "layanan kesehatan primer", "cakupan kesehatan semesta", "kesehatan jiwa", "zoonosis"],
    },
    phrases: {
      en: [
        "Primary health care is where universal health coverage is won or lost.",
        "The pandemic showed that One Health surveillance must link human, animal and environmental health.",
        "Antimicrobial resistance deserves its own target, with data from hospitals and farms.",
        "Mental health services are almost absent outside capital cities and need trained staff.",
        "Zoonotic diseases cross borders faster than ministries share information about them.",
        "Universal health coverage should include migrant workers and their families.",
        "We ask for a regional stockpile of medicines and protective equipment before the next pandemic.",
        "Community health workers need fair pay and a place in the national health workforce plans.",
      ],
      id: [
        "Layanan kesehatan primer adalah penentu berhasil atau tidaknya cakupan kesehatan semesta.",
        "Pandemi menunjukkan bahwa surveilans satu kesehatan harus menghubungkan kesehatan manusia, hewan, dan lingkungan.",
        "Resistansi antimikroba layak mendapat sasaran tersendiri, dengan data dari rumah sakit dan peternakan.",
        "Layanan kesehatan jiwa hampir tidak ada di luar ibu kota dan memerlukan tenaga terlatih.",
        "Penyakit zoonosis melintasi batas negara lebih cepat daripada pertukaran informasi antarkementerian.",
        "Cakupan kesehatan semesta sebaiknya mencakup pekerja migran dan keluarganya.",
        "Kami meminta cadangan regional obat-obatan dan alat pelindung diri sebelum pandemi berikutnya.",
        "Kader kesehatan masyarakat perlu upah yang layak dan tempat dalam rencana tenaga kesehatan nasional.",
      ],
    },
  },
  {
    key: "social_protection",
    label: ["Social protection", "Perlindungan sosial"],
    keywords: {
      en: ["social protection", "social security", "social assistance", "informal workers", "cash transfers", "adaptive", "pension", "safety net"],
      id: ["perlindungan sosial", "jaminan sosial", "bantuan sosial", "pekerja informal", "bantuan tunai", "adaptif", "pensiun", "jaring pengaman"],
    },
    phrases: {
      en: [
        "Social protection still misses most informal workers, who have neither social security nor a pension.",
        "Adaptive social protection should scale up cash transfers as soon as a disaster is forecast.",
        "A social pension for everyone above seventy would cost little and reach the poorest households.",
        "Social assistance registries must be updated more often than once every five years.",
        "The safety net should follow workers who move between member states.",
        "Cash transfers worked well during the pandemic and should become a permanent instrument.",
        "We suggest a regional floor of social protection with minimum benefits for children and older persons.",
        "Informal workers in markets and on farms should be able to join social security voluntarily.",
      ],
      id: [
        "Perlindungan sosial masih belum menjangkau sebagian besar pekerja informal yang tidak memiliki jaminan sosial maupun pensiun.",
        "Perlindungan sosial adaptif sebaiknya menambah bantuan tunai segera setelah bencana diprakirakan.",
        "Pensiun sosial bagi setiap orang berusia di atas tujuh puluh tahun berbiaya kecil dan menjangkau rumah tangga termiskin.",
        "Data penerima bantuan sosial perlu diperbarui lebih sering daripada sekali dalam lima tahun.",
        "Jaring pengaman sosial sebaiknya mengikuti pekerja yang berpindah antarnegara anggota.",
        "Bantuan tunai berjalan baik selama pandemi dan sebaiknya menjadi instrumen tetap.",
        "Kami mengusulkan batas bawah perlindungan sosial regional dengan manfaat minimum bagi anak dan lanjut usia.",
        "Pekerja informal di pasar dan di pertanian sebaiknya dapat ikut jaminan sosial secara sukarela.",
      ],
    },
  },
  {
    key: "labour_migrant_workers",
    label: ["Labour and migrant workers", "Ketenagakerjaan dan pekerja migran"],
    keywords: {
      en: ["migrant workers", "labour", "recruitment", "decent work", "occupational safety", "domestic workers", "portability", "trafficking"],
      id: ["pekerja migran", "ketenagakerjaan", "perekrutan", "pekerjaan layak", "keselamatan kerja", "pekerja rumah tangga", "portabilitas", "perdagangan orang"],
    },
    phrases: {
      en: [
        "Migrant workers still pay recruitment fees that keep them in debt for years.",
        "Domestic workers are excluded from labour law in several member states.",
        "Portability of social security would let migrant workers keep what they paid in.",
        "Decent work and occupational safety should apply on plantations and fishing boats as well.",
        "Trafficking often starts with a false job offer; recruitment agencies need licensing and inspection.",
        "The plan should commit to ethical recruitment and to zero fees for workers.",
        "Returning migrant workers need help to find work and to have their skills recognised.",
        "Labour inspectors are too few to check occupational safety in small workplaces.",
      ],
      id: [
        "Pekerja migran masih membayar biaya perekrutan yang membuat mereka terjerat utang bertahun-tahun.",
        "Pekerja rumah tangga dikecualikan dari hukum ketenagakerjaan di beberapa negara anggota.",
        "Portabilitas jaminan sosial memungkinkan pekerja migran mempertahankan iuran yang telah mereka bayar.",
        "Pekerjaan layak dan keselamatan kerja juga harus berlaku di perkebunan dan kapal penangkap ikan.",
        "Perdagangan orang sering berawal dari tawaran kerja palsu; agen perekrutan perlu izin dan pengawasan.",
        "Rencana ini sebaiknya berkomitmen pada perekrutan yang etis dan tanpa biaya bagi pekerja.",
        "Pekerja migran yang pulang memerlukan bantuan untuk mendapat pekerjaan dan pengakuan keterampilan.",
        "Jumlah pengawas ketenagakerjaan terlalu sedikit untuk memeriksa keselamatan kerja di tempat kerja kecil.",
      ],
    },
  },
  {
    key: "gender_equality",
    label: ["Gender equality", "Kesetaraan gender"],
    keywords: {
      en: ["gender", "women", "girls", "gender mainstreaming", "care work", "violence against women", "women's empowerment"],
      id: ["gender", "perempuan", "anak perempuan", "pengarusutamaan gender", "pekerjaan perawatan", "kekerasan terhadap perempuan", "pemberdayaan perempuan"],
    },
    phrases: {
      en: [
        "Gender mainstreaming needs a budget line, not only a paragraph in each chapter.",
        "Women do most unpaid care work, which keeps them out of paid jobs and social security.",
        "Violence against women must be measured with the same survey in every member state.",
        "Girls in rural areas leave school earlier than boys and marry young.",
        "Women's empowerment depends on access to credit, land and digital tools.",
        "Care work should be recognised, reduced and redistributed through public services.",
        "We ask for gender-disaggregated indicators for every target of the plan.",
        "Women entrepreneurs in the informal sector need simple registration and fair loans.",
      ],
      id: [
        "Pengarusutamaan gender memerlukan pos anggaran, bukan hanya satu paragraf di setiap bab.",
        "Perempuan menanggung sebagian besar pekerjaan perawatan tanpa upah sehingga sulit mendapat pekerjaan berupah dan jaminan sosial.",
        "Kekerasan terhadap perempuan harus diukur dengan survei yang sama di setiap negara anggota.",
        "Anak perempuan di perdesaan putus sekolah lebih awal daripada anak laki-laki dan menikah muda.",
        "Pemberdayaan perempuan bergantung pada akses terhadap kredit, tanah, dan teknologi digital.",
        "Pekerjaan perawatan perlu diakui, dikurangi, dan dibagi ulang melalui layanan publik.",
        "Kami meminta indikator yang dipilah menurut gender untuk setiap sasaran rencana ini.",
        "Perempuan pelaku usaha di sektor informal memerlukan pendaftaran yang sederhana dan pinjaman yang adil.",
      ],
    },
  },
  {
    key: "youth",
    label: ["Youth", "Kepemudaan"],
    keywords: {
      en: ["youth", "young people", "neet", "youth employment", "volunteering", "entrepreneurship", "youth participation"],
      id: ["pemuda", "kaum muda", "generasi muda", "lapangan kerja pemuda", "kerelawanan", "kewirausahaan", "partisipasi pemuda"],
    },
    phrases: {
      en: [
        "Young people who are NEET need a guarantee of training or a first job within four months.",
        "Youth participation should go beyond one forum a year; give young people a seat in the review.",
        "Youth employment programmes should reach young people outside the capital cities.",
        "Volunteering across borders builds an ASEAN identity among young people.",
        "Entrepreneurship training for youth works when it comes with small grants and mentoring.",
        "The share of young people who are NEET should be a headline indicator of the plan.",
        "Young people with disabilities are rarely reached by youth employment schemes.",
        "We propose a regional youth volunteering programme linked to disaster response.",
      ],
      id: [
        "Kaum muda yang tidak bekerja dan tidak bersekolah memerlukan jaminan pelatihan atau pekerjaan pertama dalam empat bulan.",
        "Partisipasi pemuda harus lebih dari satu forum setahun; beri generasi muda kursi dalam peninjauan.",
        "Program lapangan kerja pemuda sebaiknya menjangkau kaum muda di luar ibu kota.",
        "Kerelawanan lintas negara membangun identitas ASEAN di kalangan pemuda.",
        "Pelatihan kewirausahaan bagi pemuda berhasil bila disertai hibah kecil dan pendampingan.",
        "Persentase pemuda yang menganggur dan tidak bersekolah sebaiknya menjadi indikator utama rencana ini.",
        "Pemuda penyandang disabilitas jarang terjangkau program lapangan kerja pemuda.",
        "Kami mengusulkan program kerelawanan pemuda regional yang terkait dengan tanggap bencana.",
      ],
    },
  },
  {
    key: "culture_dialogue",
    label: ["Culture and dialogue", "Kebudayaan dan dialog"],
    keywords: {
      en: ["culture", "heritage", "identity", "interreligious", "intercultural", "tolerance", "creative economy", "asean awareness"],
      id: ["kebudayaan", "warisan budaya", "identitas", "antaragama", "antarbudaya", "toleransi", "ekonomi kreatif", "kesadaran asean"],
    },
    phrases: {
      en: [
        "Cultural heritage sites need protection from unplanned tourism and construction.",
        "The creative economy employs many young people but is missing from the plan's targets.",
        "Interreligious and intercultural dialogue should start in schools and community centres.",
        "ASEAN awareness remains low outside capital cities; culture can change that.",
        "Tolerance is built through exchanges of students, artists and journalists.",
        "Intangible heritage such as languages and crafts is disappearing with the older generation.",
        "A shared ASEAN identity grows from culture people live with, not from slogans.",
        "We suggest small grants for community museums and local heritage festivals.",
      ],
      id: [
        "Situs warisan budaya perlu dilindungi dari pariwisata dan pembangunan yang tidak terencana.",
        "Ekonomi kreatif mempekerjakan banyak orang muda tetapi tidak muncul dalam sasaran rencana ini.",
        "Dialog antaragama dan antarbudaya sebaiknya dimulai di sekolah dan pusat kegiatan masyarakat.",
        "Kesadaran ASEAN masih rendah di luar ibu kota; kebudayaan dapat mengubahnya.",
        "Toleransi tumbuh melalui pertukaran pelajar, seniman, dan wartawan.",
        "Warisan budaya takbenda seperti bahasa dan kerajinan mulai hilang bersama generasi tua.",
        "Identitas ASEAN tumbuh dari kebudayaan yang dijalani masyarakat, bukan dari slogan.",
        "Kami mengusulkan hibah kecil untuk museum komunitas dan festival warisan budaya setempat.",
      ],
    },
  },
  {
    key: "environment_climate",
    label: ["Environment and climate", "Lingkungan hidup dan iklim"],
    keywords: {
      en: ["climate change", "environment", "biodiversity", "haze", "peatland", "marine debris", "just transition", "emissions"],
      id: ["perubahan iklim", "lingkungan hidup", "keanekaragaman hayati", "asap lintas batas", "lahan gambut", "sampah laut", "transisi berkeadilan", "emisi"],
    },
    phrases: {
      en: [
        "Climate change already costs farmers and fishers a large part of their income.",
        "Transboundary haze from peatland fires returns every dry season and harms children's health.",
        "Marine debris and plastic waste need a regional action plan with deadlines.",
        "A just transition must protect workers in coal regions and create new jobs.",
        "Biodiversity loss in forests and reefs threatens livelihoods as well as the environment.",
        "Emissions targets belong in the economic pillar, but their social effects belong here.",
        "Peatland restoration works when local communities own it and earn from it.",
        "We ask that every social programme is checked for its effect on the environment and climate change.",
      ],
      id: [
        "Perubahan iklim sudah menggerus sebagian besar pendapatan petani dan nelayan.",
        "Asap lintas batas dari kebakaran lahan gambut kembali setiap musim kemarau dan merusak kesehatan anak.",
        "Sampah laut dan sampah plastik memerlukan rencana aksi regional dengan tenggat waktu.",
        "Transisi berkeadilan harus melindungi pekerja di daerah tambang batu bara dan menciptakan lapangan kerja baru.",
        "Hilangnya keanekaragaman hayati di hutan dan terumbu karang mengancam mata pencaharian dan lingkungan hidup.",
        "Sasaran emisi termasuk pilar ekonomi, tetapi dampak sosialnya termasuk di sini.",
        "Pemulihan lahan gambut berhasil bila masyarakat setempat memilikinya dan memperoleh penghasilan darinya.",
        "Kami meminta agar setiap program sosial diperiksa dampaknya terhadap lingkungan hidup dan perubahan iklim.",
      ],
    },
  },
  {
    key: "disaster_resilience",
    label: ["Disaster resilience", "Ketahanan bencana"],
    keywords: {
      en: ["disaster", "resilience", "early warning", "anticipatory action", "preparedness", "humanitarian", "flood", "recovery"],
      id: ["bencana", "ketahanan", "peringatan dini", "aksi antisipatif", "kesiapsiagaan", "kemanusiaan", "banjir", "pemulihan"],
    },
    phrases: {
      en: [
        "Early warning only saves lives when it reaches villages in a language people understand.",
        "Anticipatory action should release funds before a flood or typhoon arrives.",
        "Disaster preparedness must include persons with disabilities and older persons.",
        "Recovery after a disaster takes years; the plan should fund it beyond the emergency phase.",
        "Humanitarian assistance across borders needs agreed procedures before the next disaster.",
        "Community resilience grows from local volunteers, drills and simple early warning systems.",
        "Floods in cities hit informal settlements first and hardest.",
        "We propose a regional fund for anticipatory action and disaster recovery.",
      ],
      id: [
        "Peringatan dini hanya menyelamatkan nyawa bila sampai ke desa dalam bahasa yang dipahami warga.",
        "Aksi antisipatif sebaiknya mencairkan dana sebelum banjir atau topan datang.",
        "Kesiapsiagaan bencana harus melibatkan penyandang disabilitas dan lanjut usia.",
        "Pemulihan setelah bencana memakan waktu bertahun-tahun; rencana ini perlu mendanainya melampaui masa tanggap darurat.",
        "Bantuan kemanusiaan lintas negara memerlukan prosedur yang disepakati sebelum bencana berikutnya.",
        "Ketahanan masyarakat tumbuh dari relawan setempat, latihan, dan sistem peringatan dini yang sederhana.",
        "Banjir di kota paling dulu dan paling parah menimpa permukiman informal.",
        "Kami mengusulkan dana regional untuk aksi antisipatif dan pemulihan bencana.",
      ],
    },
  },
  {
    key: "digital_transformation",
    label: ["Digital transformation", "Transformasi digital"],
    keywords: {
      en: ["digital", "digital literacy", "internet access", "online safety", "artificial intelligence", "e-government", "digital divide", "data protection"],
      id: ["digital", "literasi digital", "akses internet", "keamanan daring", "kecerdasan artifisial", "layanan publik digital", "kesenjangan digital", "pelindungan data"],
    },
    phrases: {
      en: [
        "The digital divide between cities and villages is widening, and internet access is still costly.",
        "Digital literacy for older persons and women should be part of every e-government project.",
        "Online safety for children needs cooperation with platforms and clear rules.",
        "Artificial intelligence in public services must come with data protection and the right to appeal.",
        "E-government services should work on cheap phones and slow connections.",
        "Data protection laws differ between member states, which makes cross-border services hard.",
        "Digital public services must stay accessible to people with disabilities.",
        "We propose a regional target for affordable internet access in every village.",
      ],
      id: [
        "Kesenjangan digital antara kota dan desa makin lebar, dan akses internet masih mahal.",
        "Literasi digital bagi lanjut usia dan perempuan sebaiknya menjadi bagian dari setiap proyek layanan publik digital.",
        "Keamanan daring bagi anak memerlukan kerja sama dengan platform dan aturan yang jelas.",
        "Kecerdasan artifisial dalam layanan publik harus disertai pelindungan data dan hak untuk mengajukan keberatan.",
        "Layanan publik digital sebaiknya dapat dipakai di ponsel murah dan jaringan yang lambat.",
        "Undang-undang pelindungan data berbeda antarnegara anggota sehingga layanan lintas batas sulit dijalankan.",
        "Layanan publik digital harus tetap dapat diakses penyandang disabilitas.",
        "Kami mengusulkan sasaran regional akses internet yang terjangkau di setiap desa.",
      ],
    },
  },
  {
    key: "monitoring_data",
    label: ["Monitoring and data", "Pemantauan dan data"],
    keywords: {
      en: ["monitoring", "evaluation", "indicators", "baseline", "adme", "statistics", "disaggregated data", "review"],
      id: ["pemantauan", "evaluasi", "indikator", "data dasar", "adme", "statistik", "data terpilah", "kajian"],
    },
    phrases: {
      en: [
        "Many indicators have no baseline, so progress cannot be measured at the mid-term review.",
        "The ADME database should be open to researchers and civil society.",
        "Disaggregated data by sex, age, disability and location is needed for every indicator.",
        "National statistics offices need support to produce the data this plan asks for.",
        "Monitoring and evaluation should be independent and published every two years.",
        "We suggest fewer indicators, each with a baseline, a target and a named source.",
        "The mid-term review should invite comments from the public, as this consultation does.",
        "Statistics on informal work and unpaid care are missing from the monitoring framework.",
      ],
      id: [
        "Banyak indikator tidak memiliki data dasar sehingga kemajuan tidak dapat diukur pada kajian paruh waktu.",
        "Basis data ADME sebaiknya terbuka bagi peneliti dan masyarakat sipil.",
        "Data terpilah menurut jenis kelamin, usia, disabilitas, dan lokasi diperlukan untuk setiap indikator.",
        "Badan statistik nasional memerlukan dukungan untuk menghasilkan data yang diminta rencana ini.",
        "Pemantauan dan evaluasi sebaiknya independen dan diterbitkan setiap dua tahun.",
        "Kami mengusulkan lebih sedikit indikator, masing-masing dengan data dasar, sasaran, dan sumber yang jelas.",
        "Kajian paruh waktu sebaiknya mengundang tanggapan publik, seperti konsultasi ini.",
        "Statistik tentang pekerjaan informal dan pekerjaan perawatan tanpa upah belum ada dalam kerangka pemantauan.",
      ],
    },
  },
];

/** First sentences; for a form letter, the sender's own, so copies of one letter differ a little. */
export const OPENINGS = {
  en: [
    "We welcome the draft and thank the secretariat for this consultation.",
    "Our organisation supports the direction of this section, with some changes.",
    "Thank you for the opportunity to comment.",
    "As a member of a national network, I read this section with interest.",
    "We broadly agree with the objective but find its targets vague.",
    "This section is important to the communities we work with.",
    "I write as a teacher and a parent.",
    "Our comments are based on field work in three member states.",
  ],
  id: [
    "Kami menyambut baik rancangan ini dan berterima kasih kepada sekretariat atas konsultasi ini.",
    "Organisasi kami mendukung arah bagian ini, dengan beberapa perubahan.",
    "Terima kasih atas kesempatan untuk memberikan masukan.",
    "Sebagai anggota jaringan nasional, saya membaca bagian ini dengan saksama.",
    "Pada dasarnya kami setuju dengan tujuannya, tetapi sasarannya masih kabur.",
    "Bagian ini penting bagi masyarakat yang kami dampingi.",
    "Saya menulis sebagai guru dan orang tua.",
    "Masukan kami didasarkan pada kerja lapangan di tiga negara anggota.",
  ],
};

/** Remarks about the plan itself, used between theme sentences. */
export const GENERAL = {
  en: [
    "The targets should be measurable and have a deadline.",
    "The draft is long but says little about who pays.",
    "Member states report in different ways, which makes comparison hard.",
    "Civil society should be part of the review, not only invited to comment.",
    "The previous plan had too many objectives and too few resources.",
    "We would like to see a clear timeline for each action line.",
    "The section repeats commitments that were already made in earlier declarations.",
    "Please publish the comments received and the reasons for each change.",
    "Coordination with the other pillars is mentioned but not explained.",
    "Local governments are the ones who deliver these services, yet they are not mentioned.",
    "The wording should be simpler so that communities can understand it.",
    "We are ready to share our data and to take part in the working group.",
  ],
  id: [
    "Sasaran sebaiknya dapat diukur dan memiliki tenggat waktu.",
    "Rancangan ini panjang tetapi sedikit sekali menjelaskan siapa yang membiayai.",
    "Negara anggota melapor dengan cara yang berbeda sehingga sulit dibandingkan.",
    "Masyarakat sipil sebaiknya menjadi bagian dari peninjauan, bukan hanya diundang memberi masukan.",
    "Rencana sebelumnya memiliki terlalu banyak tujuan dan terlalu sedikit sumber daya.",
    "Kami ingin melihat jadwal yang jelas untuk setiap langkah aksi.",
    "Bagian ini mengulang komitmen yang sudah dibuat dalam deklarasi sebelumnya.",
    "Mohon terbitkan masukan yang diterima beserta alasan setiap perubahan.",
    "Koordinasi dengan pilar lain disebut tetapi tidak dijelaskan.",
    "Pemerintah daerah yang menjalankan layanan ini, namun mereka tidak disebut.",
    "Bahasanya sebaiknya lebih sederhana agar mudah dipahami masyarakat.",
    "Kami siap berbagi data dan ikut serta dalam kelompok kerja.",
  ],
};

const PLACE_NAMES = [
  "Aceh", "Sabah", "Luang Prabang", "Mindanao", "Battambang", "Nghe An", "Shan State", "Nusa Tenggara Timur",
  "Sarawak", "Isan", "Papua", "Kampot", "Bohol", "Kachin State", "Ha Giang", "Mondulkiri",
  "Kalimantan", "Sulawesi", "Savannakhet", "Mekong Delta", "Dili", "Palawan", "Kelantan", "Chiang Rai",
  "Rakhine", "Temburong", "Samar", "Tonle Sap", "Lombok", "Attapeu", "Baucau", "Leyte",
];

/** One sentence naming a place: the rare words of the corpus (each place in about 1 of 300 texts). */
export const PLACES = {
  en: PLACE_NAMES.map((place) => `Our members in ${place} see this every year.`),
  id: PLACE_NAMES.map((place) => `Anggota kami di ${place} mengalaminya setiap tahun.`),
};

/** Passages of the draft that amendments quote. */
export const QUOTED = {
  en: [
    "Member States shall endeavour to strengthen cooperation in this area.",
    "The ASCC will promote an inclusive and people-centred community.",
    "Progress will be reviewed at the mid-term of the plan.",
    "Sectoral bodies shall report annually through the ADME.",
    "Action lines will be implemented subject to available resources.",
    "Stakeholders will be consulted as appropriate.",
  ],
  id: [
    "Negara Anggota akan berupaya memperkuat kerja sama di bidang ini.",
    "MSBA akan mendorong komunitas yang inklusif dan berpusat pada rakyat.",
    "Kemajuan akan dikaji pada paruh waktu rencana.",
    "Badan sektoral wajib melapor setiap tahun melalui ADME.",
    "Langkah aksi akan dilaksanakan sesuai dengan sumber daya yang tersedia.",
    "Pemangku kepentingan akan dikonsultasikan sebagaimana mestinya.",
  ],
};

export const ORGANISATION_WORDS = {
  think_tank: "Institute for Policy Studies",
  research_institution: "Research Centre",
  civil_society: "Community Network",
  private_sector: "Business Council",
  intergovernmental: "Regional Programme",
  government_agency: "National Agency",
};
