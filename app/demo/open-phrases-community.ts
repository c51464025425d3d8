// Demo sentences (open-phrases.ts) for the themes of goals 5 to 8 and monitoring.
import type { ThemeWords } from "./open-phrases";

export const communityThemeWords: Record<string, ThemeWords> = {
  youth: {
    points: {
      en: [
        "Young people are invited to ceremonies, not to the meetings where decisions are made.",
        "Youth unemployment in our cities is twice the average and the draft gives no target.",
        "Youth organisations outside the capitals never hear of regional programmes.",
      ],
      id: [
        "Kaum muda diundang ke acara seremonial, bukan ke rapat tempat keputusan diambil.",
        "Pengangguran kaum muda di kota-kota kami dua kali rata-rata nasional, dan rancangan ini tidak memberi sasaran.",
        "Organisasi kepemudaan di luar ibu kota tidak pernah mendengar tentang program regional.",
      ],
    },
    requests: {
      en: [
        "Give youth representatives a standing seat in sectoral bodies.",
        "Set a target for youth employment by 2030.",
        "Publish calls for youth programmes in local languages.",
      ],
      id: [
        "Berikan kursi tetap bagi perwakilan pemuda dalam badan sektoral.",
        "Tetapkan sasaran penyerapan tenaga kerja muda hingga 2030.",
        "Umumkan program kepemudaan dalam bahasa daerah.",
      ],
    },
    clause: {
      en: "with young people taking part in the decisions",
      id: "dengan keikutsertaan kaum muda dalam pengambilan keputusan",
    },
  },
  culture_dialogue: {
    points: {
      en: [
        "Interfaith dialogue works best in villages, yet the measures fund only regional conferences.",
        "Many local languages are losing their last speakers.",
        "Cultural heritage sites are being damaged by floods and by tourism.",
      ],
      id: [
        "Dialog antaragama paling berhasil di tingkat desa, tetapi langkah-langkahnya hanya mendanai konferensi regional.",
        "Banyak bahasa daerah kehilangan penutur terakhirnya.",
        "Situs warisan budaya rusak akibat banjir dan pariwisata.",
      ],
    },
    requests: {
      en: [
        "Fund small grants for interfaith work at village level.",
        "Add a measure to document and teach endangered languages.",
        "Protect heritage sites in the plans for climate adaptation.",
      ],
      id: [
        "Sediakan hibah kecil untuk kegiatan lintas iman di tingkat desa.",
        "Tambahkan langkah untuk mendokumentasikan dan mengajarkan bahasa daerah yang terancam punah.",
        "Lindungi situs warisan budaya dalam rencana adaptasi perubahan iklim.",
      ],
    },
    clause: {
      en: "working with communities at village level",
      id: "bersama masyarakat di tingkat desa",
    },
  },
  environment_climate: {
    points: {
      en: [
        "Haze from peatland fires returns every dry season and is treated as an emergency each time.",
        "Coastal villages are already moving inland, and nobody plans for them.",
        "The draft speaks of green jobs but not of workers who lose theirs in coal.",
      ],
      id: [
        "Asap dari kebakaran lahan gambut kembali setiap musim kemarau dan selalu ditangani sebagai keadaan darurat.",
        "Desa-desa pesisir sudah mulai pindah ke daratan, dan tidak ada yang merencanakan kepindahan mereka.",
        "Rancangan ini berbicara tentang pekerjaan hijau, tetapi tidak tentang pekerja batu bara yang kehilangan pekerjaan.",
      ],
    },
    requests: {
      en: [
        "Set a regional target to restore peatland by 2030.",
        "Add a measure on planned relocation with the communities concerned.",
        "Include a just transition for coal workers.",
      ],
      id: [
        "Tetapkan sasaran regional pemulihan lahan gambut hingga 2030.",
        "Tambahkan langkah tentang relokasi terencana bersama masyarakat yang terdampak.",
        "Masukkan transisi yang adil bagi pekerja batu bara.",
      ],
    },
    clause: {
      en: "with the communities most exposed to climate change",
      id: "bersama masyarakat yang paling terdampak perubahan iklim",
    },
  },
  disaster_resilience: {
    points: {
      en: [
        "Early warnings reach district offices but often stop there.",
        "Small floods that come back every year receive far less attention than large disasters.",
        "Community volunteers do most of the first response and are not counted.",
      ],
      id: [
        "Peringatan dini sampai ke kantor kabupaten, tetapi sering berhenti di sana.",
        "Banjir kecil yang datang setiap tahun jauh kurang diperhatikan dibandingkan bencana besar.",
        "Relawan masyarakat melakukan sebagian besar tanggap darurat pertama dan tidak dihitung.",
      ],
    },
    requests: {
      en: [
        "Fund early warning down to village level.",
        "Give local governments a recovery fund they can draw on within days.",
        "Count and train community volunteers.",
      ],
      id: [
        "Danai peringatan dini hingga ke tingkat desa.",
        "Sediakan dana pemulihan bagi pemerintah daerah yang dapat dicairkan dalam beberapa hari.",
        "Hitung dan latih relawan masyarakat.",
      ],
    },
    clause: {
      en: "down to village level",
      id: "hingga ke tingkat desa",
    },
  },
  digital_transformation: {
    points: {
      en: [
        "A third of the villages in our province still have no mobile signal.",
        "Older persons cannot use the online services that replaced the counters.",
        "Personal data collected by public apps is shared without people's consent.",
      ],
      id: [
        "Sepertiga desa di provinsi kami masih belum terjangkau sinyal seluler.",
        "Lansia tidak dapat menggunakan layanan daring yang menggantikan loket pelayanan.",
        "Data pribadi yang dikumpulkan aplikasi layanan publik dibagikan tanpa persetujuan warga.",
      ],
    },
    requests: {
      en: [
        "Set a target for connecting every village by 2030.",
        "Keep a service counter open for people who cannot go online.",
        "Add a measure on protecting personal data in public services.",
      ],
      id: [
        "Tetapkan sasaran agar setiap desa terhubung internet pada 2030.",
        "Pertahankan loket layanan bagi warga yang tidak dapat mengakses layanan daring.",
        "Tambahkan langkah perlindungan data pribadi dalam layanan publik.",
      ],
    },
    clause: {
      en: "with a service counter kept for people who are not online",
      id: "dengan tetap menyediakan loket bagi warga yang tidak daring",
    },
  },
  monitoring_data: {
    points: {
      en: [
        "The last plan had no baselines, so nobody could say what changed.",
        "The ADME data cannot be downloaded by researchers outside the Secretariat.",
        "Indicators are not broken down by sex, age, disability or location.",
      ],
      id: [
        "Rencana sebelumnya tidak memiliki data dasar, sehingga tidak ada yang dapat mengatakan apa yang berubah.",
        "Data ADME tidak dapat diunduh oleh peneliti di luar Sekretariat.",
        "Indikatornya tidak dipilah menurut jenis kelamin, usia, disabilitas, atau wilayah.",
      ],
    },
    requests: {
      en: [
        "Agree baselines for every goal before the plan starts.",
        "Publish the ADME indicators as open data with a release calendar.",
        "Hold a mid-term review with stakeholders.",
      ],
      id: [
        "Sepakati data dasar untuk setiap tujuan sebelum rencana dimulai.",
        "Terbitkan indikator ADME sebagai data terbuka dengan jadwal rilis yang jelas.",
        "Adakan kajian paruh waktu bersama pemangku kepentingan.",
      ],
    },
    clause: {
      en: "with baselines agreed before the plan starts",
      id: "dengan data dasar yang disepakati sebelum rencana dimulai",
    },
  },
};
