const KiB = 1024;
const MiB = 1024 * KiB;

/** Every limit of a document import, in one place (decision 030 gives the reasons). */
export const importLimits = {
  // A 200-page strategic plan as Markdown is under 1 MB; a .docx of it with a few images, under 5.
  fileMaxBytes: 5 * MiB,
  sectionsMax: 500,
  headingMaxChars: 300,
  bodyMaxChars: 100_000,
  // The zip package of a .docx, checked before anything is inflated.
  zipEntriesMax: 2_000,
  zipUncompressedMaxBytes: 50 * MiB,
  // Deflate compresses XML 5–20 times; a bomb's entries are thousands of times smaller than their content.
  zipEntryRatioMax: 200,
} as const;
