import { wholeGroupOf } from "~/duplicates/duplicates.server";
import { ok, type Result, refuse } from "~/result";
import { dismissSuggestion, suggestionsFor } from "~/themes/suggestions.server";
import type { Moderator } from "./changes.server";
import { decide } from "./decisions.server";
import type { SubmissionIntent } from "./intents";
import { addNote } from "./notes.server";
import { byHand, setTheme, type ThemeChange } from "./tags.server";

/** What was done, for the page's notice; a decision also says how many submissions it changed. */
export type SubmissionActionDone = { done: SubmissionIntent["intent"]; changed?: number };

/**
 * Does what a moderator asked on one submission's page. Input from the moderator's own
 * organisation takes internal notes only; a decision that changes nothing is refused, so the page
 * says so rather than "done".
 */
export async function actOnSubmission(
  moderator: Moderator,
  consultationId: string,
  submission: { id: string; conflict: boolean },
  intent: SubmissionIntent,
): Promise<Result<SubmissionActionDone>> {
  if (intent.intent === "note") {
    const saved = await addNote(moderator, consultationId, submission.id, intent.body);
    return saved.ok ? ok({ done: intent.intent }) : saved;
  }
  if (submission.conflict) return refuse("review.conflict");
  if (intent.intent === "dismiss") {
    const dismissed = await dismissSuggestion(moderator.id, consultationId, submission.id, intent.theme);
    return dismissed.ok ? ok({ done: intent.intent }) : dismissed;
  }
  // "Apply to the whole group": a form letter is decided once for all its copies, each still counted.
  const ids = intent.wholeGroup ? await wholeGroupOf(consultationId, submission.id) : [submission.id];
  if (intent.intent === "accept") {
    // The confidence kept with the tag is the server's own, computed now, never the page's.
    const suggestion = (await suggestionsFor(consultationId, submission.id)).suggestions.find(
      (s) => s.key === intent.theme,
    );
    if (!suggestion) return refuse("review.suggestionGone");
    const change: ThemeChange = { add: true, source: "suggested", confidence: suggestion.confidence };
    const accepted = await setTheme(moderator, consultationId, ids, intent.theme, change);
    return accepted.ok ? ok({ done: intent.intent }) : accepted;
  }
  if (intent.intent === "tag" || intent.intent === "untag") {
    const tagged = await setTheme(moderator, consultationId, ids, intent.theme, byHand(intent.intent));
    return tagged.ok ? ok({ done: intent.intent }) : tagged;
  }
  const decided = await decide(moderator, consultationId, ids, intent);
  if (!decided.ok) return decided;
  if (decided.value.changed === 0) return refuse("review.notChanged");
  return ok({ done: intent.intent, changed: decided.value.changed });
}
