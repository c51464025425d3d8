import { type ActionFunctionArgs, json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { requireRole } from "~/auth/session.server";
import { pageTitle } from "~/i18n/meta";
import { addNote, type Decision, decide, reviewSubmission, setTheme } from "~/moderation/decisions.server";
import { wholeGroupOf } from "~/duplicates/duplicates.server";
import { decisionSchema } from "~/moderation/decision-schema";
import { consultationForReview } from "~/consultations/lookups.server";
import { ReviewSubmissionPage } from "~/moderation/submission-page";
import { replacedText, wordDiff } from "~/submissions/word-diff";
import { dismissSuggestion, suggestionsFor } from "~/themes/suggestions.server";

export const meta: MetaFunction = ({ matches, params }) => [
  { title: pageTitle(matches, "review:submission.title", { reference: params.reference }) },
];

async function load(request: Request, slug: string, reference: string) {
  const user = await requireRole(request, "moderator");
  const found = await consultationForReview(slug);
  if (!found) throw new Response("Not found", { status: 404 });
  const detail = await reviewSubmission(found.consultation.id, reference, user.id);
  if (!detail) throw new Response("Not found", { status: 404 });
  return { user, found, detail };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { found, detail } = await load(request, params.slug ?? "", params.reference ?? "");
  const { submission } = detail;
  const sectionBody = { en: detail.sectionBodyEn, id: detail.sectionBodyId };
  const suggestions = await suggestionsFor(found.consultation.id, submission.id);
  return json({
    suggestions,
    consultation: {
      slug: found.consultation.slug,
      title: { en: found.consultation.titleEn, id: found.consultation.titleId },
    },
    themes: found.themes,
    detail: {
      ...detail,
      sectionBodyEn: undefined,
      sectionBodyId: undefined,
      submission: { ...submission, idempotencyKey: undefined },
      diff:
        submission.kind === "amendment" && submission.proposedText
          ? wordDiff(replacedText(submission.quotedPassage, sectionBody, submission.language), submission.proposedText)
          : null,
    },
  });
}

const actionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.enum(["approve", "undo"]) }),
  z.object({ intent: z.literal("reject"), reason: z.string().optional(), note: z.string().optional() }),
  z.object({ intent: z.enum(["tag", "untag", "accept", "dismiss"]), theme: z.string().min(1) }),
  z.object({
    intent: z.literal("note"),
    body: z.string().trim().min(1, { error: "review.noteRequired" }).max(4000, { error: "review.noteTooLong" }),
  }),
]);

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, found, detail } = await load(request, params.slug ?? "", params.reference ?? "");
  const consultationId = found.consultation.id;
  const form = Object.fromEntries(((await request.formData().catch(() => null)) ?? new FormData()).entries());
  const parsed = actionSchema.safeParse(form);
  if (!parsed.success) {
    return json(
      {
        ok: false as const,
        error: parsed.error.issues[0]?.message.startsWith("review.")
          ? parsed.error.issues[0].message
          : "review.forgedRequest",
      },
      { status: 400 },
    );
  }
  if (detail.conflict && parsed.data.intent !== "note")
    return json({ ok: false as const, error: "review.conflict" }, { status: 403 });
  // "Apply to the whole group": a form letter is decided once for all its copies, each still counted.
  const ids = form.wholeGroup ? await wholeGroupOf(consultationId, detail.submission.id) : [detail.submission.id];
  const data = parsed.data;
  if (data.intent === "note") {
    await addNote(user, consultationId, detail.submission.id, data.body);
    return json({ ok: true as const, done: "note" });
  }
  if (data.intent === "dismiss") {
    if (!(await dismissSuggestion(user.id, consultationId, detail.submission.id, data.theme))) {
      return json({ ok: false as const, error: "review.themeUnknown" }, { status: 400 });
    }
    return json({ ok: true as const, done: "dismiss" });
  }
  if (data.intent === "accept") {
    // The confidence kept with the tag is the server's own, computed now, never the page's.
    const suggestion = (await suggestionsFor(consultationId, detail.submission.id)).find((s) => s.key === data.theme);
    if (!suggestion) return json({ ok: false as const, error: "review.suggestionGone" }, { status: 409 });
    await setTheme(user, consultationId, ids, data.theme, {
      add: true,
      source: "suggested",
      confidence: suggestion.confidence,
    });
    return json({ ok: true as const, done: "accept" });
  }
  if (data.intent === "tag" || data.intent === "untag") {
    const outcome = await setTheme(
      user,
      consultationId,
      ids,
      data.theme,
      data.intent === "tag" ? { add: true, source: "manual" } : { add: false },
    );
    if ("error" in outcome) return json({ ok: false as const, error: outcome.error }, { status: 400 });
    return json({ ok: true as const, done: data.intent });
  }
  const decision = decisionSchema.safeParse(data);
  if (!decision.success)
    return json(
      { ok: false as const, error: decision.error.issues[0]?.message ?? "review.forgedRequest" },
      { status: 400 },
    );
  const outcome = await decide(user, consultationId, ids, decision.data as Decision);
  if (outcome.changed === 0) return json({ ok: false as const, error: "review.notChanged" }, { status: 409 });
  return json({ ok: true as const, done: data.intent, changed: outcome.changed });
}

export default function ReviewSubmission() {
  const data = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return <ReviewSubmissionPage data={data} result={result ?? null} />;
}
