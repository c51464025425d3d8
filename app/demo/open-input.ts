// The open consultation's input after three days, so the queue, the dashboard and a summary draft
// look like a working day: comments, amendments and input on the whole draft from the past
// consultation's organisations and experts, in both languages, waiting, approved (most of them
// tagged, some left for the suggestions), rejected with a reason, withdrawn; private, anonymous
// and named; and one small campaign of near-identical letters. Put together from open-phrases.ts
// by a seeded generator: the same list on every run.
import type { RejectionReason } from "#db/schema/values";
import { openConsultation } from "./content";
import { campaignLetter, campaignSigners, offTopic, openings, type Stance, themeWords } from "./open-phrases";
import { pastOrganisations } from "./past-input";

/** The consultation opened three days before the seed runs (seed.server.ts). */
export const OPEN_FOR_HOURS = 72;

export type OpenTag = { theme: string; source: "manual" | "suggested"; confidence: number | null };

export type OpenInput = {
  /** Index into pastOrganisations, or null for an individual expert (`expert` says which). */
  organisation: number | null;
  expert: number;
  section: string | null;
  kind: "comment" | "amendment" | "general";
  stance: Stance;
  language: "en" | "id";
  consent: "public_named" | "public_anonymous" | "private";
  status: "pending" | "approved" | "rejected" | "withdrawn";
  rejectionReason: RejectionReason | null;
  body: string;
  quotedPassage: string | null;
  proposedText: string | null;
  tags: OpenTag[];
  campaign: boolean;
  /** Hours before the seed ran: when it was sent, and when it was decided or withdrawn. */
  sentHoursAgo: number;
  decidedHoursAgo: number | null;
};

// Which section each theme's input is about.
const sectionOf: Record<string, string> = {
  inclusive_development: "2.1",
  education_skills: "2.2",
  health_one_health: "2.3",
  social_protection: "2.4",
  labour_migrant_workers: "2.4",
  gender_equality: "2.5",
  youth: "2.5",
  culture_dialogue: "2.6",
  environment_climate: "2.7",
  disaster_resilience: "2.7",
  digital_transformation: "2.8",
  monitoring_data: "3.2",
};
// Some themes draw more input than others, as they did in the past consultation.
const themeWeights: [string, number][] = [
  ["social_protection", 4],
  ["labour_migrant_workers", 4],
  ["inclusive_development", 3],
  ["monitoring_data", 3],
  ["education_skills", 2],
  ["health_one_health", 2],
  ["gender_equality", 2],
  ["youth", 2],
  ["disaster_resilience", 2],
  ["environment_climate", 2],
  ["digital_transformation", 1],
  ["culture_dialogue", 1],
];
const stanceWeights: [Stance, number][] = [
  ["support_with_changes", 5],
  ["support", 3],
  ["oppose", 2],
  ["neutral", 2],
];
const writesIndonesian = new Set(["ID", "MY", "BN", "TL"]);
const REGULAR = 124;

/** mulberry32: a small seeded generator, so the demo is the same on every run. */
function generator(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const weighted = <T>(items: readonly [T, number][]): T => {
    let roll = next() * items.reduce((sum, [, weight]) => sum + weight, 0);
    for (const [item, weight] of items) {
      roll -= weight;
      if (roll < 0) return item;
    }
    return (items.at(-1) as [T, number])[0];
  };
  return { next, pick, weighted };
}

/** The numbered measures of a section in one language, as a reader would select them (no Markdown). */
function measures(section: string, language: "en" | "id"): string[] {
  const body = openConsultation.sections.find((candidate) => candidate.number === section)?.body[language] ?? "";
  return body
    .split("\n")
    .filter((line) => /^\d+\. /.test(line))
    .map((line) => line.replace(/^\d+\. /, "").replaceAll("**", ""));
}

export function openInput(): OpenInput[] {
  const random = generator(20_250_101);
  const items: OpenInput[] = [];
  for (let n = 0; n < REGULAR; n++) {
    const organisation = n % 6 === 5 ? null : Math.floor(random.next() * pastOrganisations.length);
    const country = organisation === null ? null : (pastOrganisations[organisation]?.country ?? null);
    const indonesian = country && writesIndonesian.has(country) ? random.next() < 0.8 : random.next() < 0.35;
    const language = indonesian ? "id" : "en";
    const theme = random.weighted(themeWeights);
    const words = themeWords[theme];
    if (!words) throw new Error(`no demo sentences for ${theme}`);
    const stance = random.weighted(stanceWeights);
    const roll = random.next();
    const kind = roll < 0.6 ? "comment" : roll < 0.85 ? "amendment" : "general";
    const section = kind === "general" ? null : (sectionOf[theme] ?? null);
    // Now and then a second theme's point: input that speaks to two themes.
    const other = random.next() < 0.25 ? random.weighted(themeWeights) : null;
    const sentences = [
      random.pick(openings[stance][language]),
      random.pick(words.points[language]),
      ...(other && other !== theme ? [random.pick(themeWords[other]?.points[language] ?? [])] : []),
      random.pick(words.requests[language]),
    ];
    const passages = section && kind === "amendment" ? measures(section, language) : [];
    const quotedPassage = passages.length > 0 ? random.pick(passages) : null;
    // More of it lately; none in the first half hour, which was the demo contributor's (open-seed.server.ts).
    const sentHoursAgo = Math.round((OPEN_FOR_HOURS - 1) * (1 - Math.sqrt(random.next())) * 10) / 10 + 0.5;
    // The older it is, the likelier the working group has decided on it.
    const decided = random.next() < sentHoursAgo / OPEN_FOR_HOURS + 0.1;
    const verdict = random.next();
    const status = !decided ? "pending" : verdict < 0.78 ? "approved" : verdict < 0.93 ? "rejected" : "withdrawn";
    const tagged = status === "approved" ? random.next() < 0.8 : status === "pending" && random.next() < 0.1;
    const fromSuggestion = random.next() < 0.3;
    const tags: OpenTag[] = tagged
      ? [
          {
            theme,
            source: fromSuggestion ? "suggested" : "manual",
            confidence: fromSuggestion ? Math.round((0.55 + random.next() * 0.4) * 100) / 100 : null,
          },
          ...(other && other !== theme ? [{ theme: other, source: "manual" as const, confidence: null }] : []),
        ]
      : [];
    items.push({
      organisation,
      expert: n % 12,
      section,
      kind: quotedPassage || kind !== "amendment" ? kind : "comment",
      stance,
      language,
      consent: random.weighted([
        ["public_named", 5],
        ["public_anonymous", 3],
        ["private", 2],
      ] as const),
      status,
      rejectionReason: status === "rejected" ? random.pick(["duplicate", "other", "personal_data"] as const) : null,
      body: sentences.join(" "),
      quotedPassage,
      proposedText: quotedPassage ? `${quotedPassage.replace(/\.$/, "")}, ${words.clause[language]}.` : null,
      tags,
      campaign: false,
      sentHoursAgo,
      decidedHoursAgo: decided ? Math.round(sentHoursAgo * random.next() * 10) / 10 : null,
    });
  }
  return [...items, ...offTopicInput(), ...campaign()];
}

/** Input off the consultation's topic and an advertisement: rejected with their reasons. */
function offTopicInput(): OpenInput[] {
  return (["en", "id"] as const).flatMap((language) =>
    offTopic[language].map((body, index) => ({
      organisation: null,
      expert: 3 + index,
      section: null,
      kind: "general" as const,
      stance: "neutral" as const,
      language,
      consent: "public_anonymous" as const,
      status: "rejected" as const,
      rejectionReason: index === 0 ? ("off_topic" as const) : ("spam" as const),
      body,
      quotedPassage: null,
      proposedText: null,
      tags: [],
      campaign: false,
      sentHoursAgo: 40 - index * 10 - (language === "id" ? 5 : 0),
      decidedHoursAgo: 20 - index * 5,
    })),
  );
}

/** The informal workers' letter, sent by twelve groups over the last two days; the first few approved. */
function campaign(): OpenInput[] {
  return campaignSigners.map((signer, index) => ({
    organisation: null,
    expert: index,
    section: "2.4",
    kind: "comment",
    stance: "support_with_changes",
    language: "id",
    consent: "public_named",
    status: index < 4 ? "approved" : "pending",
    rejectionReason: null,
    body: `${campaignLetter}\n\nHormat kami,\n${signer}`,
    quotedPassage: null,
    proposedText: null,
    tags: index < 4 ? [{ theme: "social_protection", source: "manual", confidence: null }] : [],
    campaign: true,
    sentHoursAgo: 46 - index * 3.5,
    decidedHoursAgo: index < 4 ? 6 : null,
  }));
}
