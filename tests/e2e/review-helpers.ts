import { expect, type Locator, type Page } from "@playwright/test";
import { SLUG, uniqueSuffix } from "./helpers";

// The working group's review screens: the queue and one submission's page.

export const QUEUE = `/review/${SLUG}`;

/** Demo accounts from app/demo/seed.server.ts: the moderator prefers English, the admin Bahasa Indonesia. */
export const demo = {
  moderator: {
    email: "moderator@demo.masukan.test",
    password: "moderator-demo-2026",
    name: "Nguyen Thi Lan",
    language: "en",
  },
  admin: { email: "admin@demo.masukan.test", password: "admin-demo-2026", name: "Arief Wicaksono", language: "id" },
} as const;
export type DemoAccount = (typeof demo)[keyof typeof demo];

/**
 * Logs in by posting the log-in form, as registerThroughForm registers: the page's context gets the
 * session cookie and the account's language. A demo account's language is first chosen on this
 * device, because the stored one is shared: a spec running at the same time may have switched it.
 * Log-ins are rate limited per address (30 per 15 minutes for the whole suite), so a test logs a
 * demo account in once at most.
 */
export async function logInByRequest(
  page: Page,
  account: { email: string; password: string; language?: "en" | "id" },
  redirectTo = QUEUE,
): Promise<void> {
  if (account.language) {
    const chosen = await page.request.post("/language", { form: { language: account.language, redirectTo: "/" } });
    expect(chosen.status(), `choosing ${account.language} on this device`).toBe(200);
  }
  const response = await page.request.post("/login", {
    form: { email: account.email, password: account.password, redirectTo },
  });
  expect(response.status(), `logging in ${account.email} should end on ${redirectTo}`).toBe(200);
  expect(new URL(response.url()).pathname).toBe(redirectTo);
}

/**
 * A made-up word of letters only, different on every call, to put in a test's texts and find
 * them again with the queue's search (PostgreSQL's text search keeps it as one term in both languages).
 */
export function uniqueWord(): string {
  return `zq${[...uniqueSuffix()].map((digit) => "abcdefghijklmnop"[Number.parseInt(digit, 16)]).join("")}`;
}

// Wording from locales/{en,id}/review.json, submissions.json and common.json, kept here so a change breaks one place.
export const reviewWords = {
  en: {
    nav: "Review",
    indexTitle: "Review input",
    queueTitle: "Review queue",
    filters: "Filters",
    apply: "Apply filters",
    search: "Search the text",
    actOn: "Act on",
    selected: "the selected input",
    allMatching: "all input matching the filters",
    approve: "Approve",
    reject: "Reject",
    reason: "Reason for rejecting",
    undo: "Undo decision",
    theme: "Theme",
    addTheme: "Add theme",
    removeTheme: "Remove theme",
    confirm: (count: number, action: string) =>
      `This will act on ${count} submission${count === 1 ? "" : "s"}: ${action}. Are you sure?`,
    confirmButton: (count: number) => `Yes, act on ${count}`,
    done: (count: number, action: string) => `${count} submission${count === 1 ? "" : "s"} ${action}.`,
    untagged: "Untagged",
    empty: "No input matches these filters.",
    select: (reference: string) => `Select ${reference}`,
    groupSize: (count: number) => `${count} in its group`,
    submissionTitle: (reference: string) => `Input ${reference}`,
    backToQueue: "Back to the queue",
    themes: "Themes",
    suggested: "Suggested themes",
    accept: "Accept",
    acceptedBy: (name: string) => `suggested, accepted by ${name}`,
    accepted: "Suggested theme accepted.",
    rejected: "Rejected. The author sees the reason.",
    noteForAuthor: "Note for the author (optional)",
    addNote: "Add a note",
    saveNote: "Save note",
    noteSaved: "Note saved.",
    notes: "Internal notes",
    wholeGroup: (count: number) => `Apply to the whole group (${count})`,
    group: (count: number) => `Near-duplicates (${count})`,
    addedFromSuggestion: (theme: string, name: string) => `Theme ${theme} added from a suggestion by ${name}`,
    rejectedBy: (name: string) => `Rejected by ${name}`,
    shortcuts: "Keyboard shortcuts",
    youth: "Youth",
    pending: "Waiting for review",
    published: "Published",
    notPublished: "Not published",
    forbidden: "You cannot see this page",
  },
  id: {
    nav: "Tinjau",
    indexTitle: "Tinjau masukan",
    queueTitle: "Antrean peninjauan",
    filters: "Filter",
    apply: "Terapkan filter",
    search: "Cari dalam teks",
    actOn: "Terapkan pada",
    selected: "masukan yang dipilih",
    allMatching: "semua masukan yang sesuai dengan filter",
    approve: "Setujui",
    reject: "Tolak",
    reason: "Alasan penolakan",
    undo: "Batalkan keputusan",
    theme: "Tema",
    addTheme: "Tambahkan tema",
    removeTheme: "Lepaskan tema",
    confirm: (count: number, action: string) => `Tindakan ini berlaku untuk ${count} masukan: ${action}. Anda yakin?`,
    confirmButton: (count: number) => `Ya, terapkan pada ${count}`,
    done: (count: number, action: string) => `${count} masukan ${action}.`,
    untagged: "Belum bertema",
    empty: "Tidak ada masukan yang sesuai dengan filter ini.",
    select: (reference: string) => `Pilih ${reference}`,
    groupSize: (count: number) => `${count} dalam kelompoknya`,
    submissionTitle: (reference: string) => `Masukan ${reference}`,
    backToQueue: "Kembali ke antrean",
    themes: "Tema",
    suggested: "Saran tema",
    accept: "Terima",
    acceptedBy: (name: string) => `disarankan, diterima oleh ${name}`,
    accepted: "Saran tema diterima.",
    rejected: "Ditolak. Penulis dapat melihat alasannya.",
    noteForAuthor: "Catatan untuk penulis (opsional)",
    addNote: "Tambahkan catatan",
    saveNote: "Simpan catatan",
    noteSaved: "Catatan disimpan.",
    notes: "Catatan internal",
    wholeGroup: (count: number) => `Terapkan pada seluruh kelompok (${count})`,
    group: (count: number) => `Masukan yang hampir sama (${count})`,
    addedFromSuggestion: (theme: string, name: string) => `Tema ${theme} ditambahkan dari saran oleh ${name}`,
    rejectedBy: (name: string) => `Ditolak oleh ${name}`,
    shortcuts: "Pintasan papan ketik",
    youth: "Kepemudaan",
    pending: "Menunggu peninjauan",
    published: "Diterbitkan",
    notPublished: "Tidak diterbitkan",
    forbidden: "Anda tidak dapat melihat halaman ini",
  },
} as const;
export type ReviewWords = (typeof reviewWords)[keyof typeof reviewWords];

/** Opens a folded part of the page (a <details>) as a person would, by its summary; open stays open. */
async function unfold(summary: Locator): Promise<void> {
  const isOpen = await summary.evaluate((element) => (element.parentElement as HTMLDetailsElement).open);
  if (!isOpen) await summary.click();
}

/**
 * The queue's parts, found by their visible labels in the page's language. The filters and the
 * bulk bar are folded until opened (the bulk bar opens itself when a row is selected).
 */
export function queue(page: Page, w: ReviewWords) {
  const filters = page.getByRole("form", { name: w.filters });
  const bulk = page.getByRole("group", { name: w.actOn });
  // Body rows only: each has a checkbox to select it.
  const rows = page
    .getByRole("main")
    .getByRole("row")
    .filter({ has: page.getByRole("checkbox") });
  return {
    filters,
    showFilters: () => unfold(page.locator(".filters-panel > summary")),
    filter: (label: string) => filters.getByLabel(label, { exact: true }),
    apply: filters.getByRole("button", { name: w.apply }),
    bulk,
    showBulk: () => unfold(page.locator(".bulk-panel > summary")),
    rows,
    row: (reference: string) => rows.filter({ has: page.getByRole("link", { name: reference, exact: true }) }),
    notice: page.getByRole("main").getByRole("status"),
    confirmation: page.getByRole("alertdialog"),
  };
}

/** The notice a page shows after an action (queue or submission page). */
export function notice(page: Page) {
  return page.getByRole("main").getByRole("status");
}

/** The submission page's history: its list of what happened, oldest first. */
export function history(page: Page) {
  return page.locator("ol.history");
}
