// The sentences the open consultation's demo input is put together from (open-input.ts): per theme,
// points people make about the draft and what they ask for, and the words an amendment adds to a
// measure, in English and Bahasa Indonesia. Written for the demo; no real person's text.

import { communityThemeWords } from "./open-phrases-community";
import { socialThemeWords } from "./open-phrases-social";

import type { Stance, Words } from "./past-phrases";

export type { Stance, Words };

export const openings: Record<Stance, Words> = {
  support: {
    en: [
      "We welcome this goal and the way it is framed.",
      "Our network supports this part of the draft.",
      "This section reflects what our members asked for in the last review.",
    ],
    id: [
      "Kami menyambut baik tujuan ini dan cara perumusannya.",
      "Jaringan kami mendukung bagian rancangan ini.",
      "Bagian ini sudah mencerminkan apa yang diminta anggota kami pada kajian sebelumnya.",
    ],
  },
  support_with_changes: {
    en: [
      "We support the direction of this section, with one change.",
      "The goal is right, but the measures are not yet concrete enough.",
      "We agree with the objective and ask for a clearer commitment.",
    ],
    id: [
      "Kami mendukung arah bagian ini, dengan satu perubahan.",
      "Tujuannya sudah tepat, tetapi langkah-langkahnya belum cukup konkret.",
      "Kami sepakat dengan sasarannya dan meminta komitmen yang lebih jelas.",
    ],
  },
  oppose: {
    en: [
      "We cannot support this section as drafted.",
      "This measure repeats the previous plan without learning from it.",
      "We are concerned that this goal promises more than Member States will fund.",
    ],
    id: [
      "Kami tidak dapat mendukung bagian ini sebagaimana dirumuskan sekarang.",
      "Langkah ini hanya mengulang rencana sebelumnya tanpa belajar darinya.",
      "Kami khawatir tujuan ini menjanjikan lebih dari yang akan didanai Negara Anggota.",
    ],
  },
  neutral: {
    en: [
      "A question on how this measure will work in practice.",
      "Some observations from our fieldwork, for the drafters.",
      "We would like to share the experience of our members.",
    ],
    id: [
      "Kami ingin bertanya bagaimana langkah ini akan berjalan dalam praktik.",
      "Beberapa catatan dari kerja lapangan kami untuk tim perumus.",
      "Kami ingin berbagi pengalaman para anggota kami.",
    ],
  },
};

export type ThemeWords = { points: Words; requests: Words; clause: { en: string; id: string } };

/** Per theme: points people make about the draft, what they ask for, and what an amendment adds to a measure. */
export const themeWords: Record<string, ThemeWords> = { ...socialThemeWords, ...communityThemeWords };

/** Input the working group turns down: off the consultation's topic, or advertising. */
export const offTopic: Words = {
  en: [
    "The road to our village has had potholes for months. Please tell the district office to repair it.",
    "Cheap flights and hotel packages for the ASEAN summit, book now on our website and get a discount.",
  ],
  id: [
    "Jalan menuju desa kami sudah berlubang berbulan-bulan. Tolong sampaikan kepada dinas agar segera diperbaiki.",
    "Jasa pembuatan website murah dan cepat untuk instansi pemerintah, hubungi kami sekarang juga.",
  ],
};

/** The letter a network of informal workers' groups sent, each copy signed by its own group. */
export const campaignLetter =
  "Kami, kelompok pekerja informal di pasar dan di jalan, meminta agar rencana ini menjamin perlindungan sosial bagi semua pekerja, " +
  "termasuk yang tidak memiliki kontrak. Kami membayar pajak dan retribusi setiap hari, tetapi tidak memiliki jaminan kesehatan " +
  "maupun pensiun. Mohon tetapkan sasaran cakupan perlindungan sosial bagi pekerja informal pada tahun 2030.";
export const campaignSigners = [
  "Paguyuban Pedagang Pasar Beringharjo",
  "Serikat Pengemudi Ojek Daring Makassar",
  "Kelompok Perempuan Penjahit Rumahan Bandung",
  "Paguyuban Pedagang Kaki Lima Medan",
  "Koperasi Pemulung Bantar Gebang",
  "Serikat Buruh Gendong Yogyakarta",
  "Komunitas Nelayan Kecil Lamongan",
  "Paguyuban Tukang Parkir Surabaya",
  "Kelompok Pekerja Rumah Tangga Semarang",
  "Serikat Pedagang Asongan Palembang",
  "Paguyuban Pengrajin Batik Pekalongan",
  "Kelompok Tani Perempuan Garut",
];
