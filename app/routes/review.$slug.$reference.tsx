import { type ActionFunctionArgs, json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { requireRole } from "~/auth/session.server";
import { pageTitle } from "~/i18n/meta";
import type { ErrorKey } from "~/forms/parse.server";
import { parseIntentForm } from "~/moderation/intent-form.server";
import { submissionIntentSchema } from "~/moderation/intents";
import { actOnSubmission, type SubmissionActionDone } from "~/moderation/submission-actions.server";
import { reviewSubmission } from "~/moderation/submission-read.server";
import { consultationForReview } from "~/consultations/lookups.server";
import { ReviewSubmissionPage } from "~/moderation/submission-page";
import { replacedText, wordDiff } from "~/submissions/word-diff";
import { suggestionsFor } from "~/themes/suggestions.server";
import type { Result } from "~/result";

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

// Input the moderator may not review is forbidden; a state the action no longer fits is a
// conflict; anything else refused is the request's fault.
const statuses: Record<ErrorKey, number> = {
  "review.conflict": 403,
  "review.notChanged": 409,
  "review.suggestionGone": 409,
};

function answer(result: Result<SubmissionActionDone>) {
  return json(result, { status: result.ok ? 200 : (statuses[result.error] ?? 400) });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, found, detail } = await load(request, params.slug ?? "", params.reference ?? "");
  const form = await parseIntentForm(request, submissionIntentSchema);
  if (!form.ok) return answer(form);
  const submission = { id: detail.submission.id, conflict: detail.conflict };
  return answer(await actOnSubmission(user, found.consultation.id, submission, form.value));
}

export default function ReviewSubmission() {
  const data = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return <ReviewSubmissionPage data={data} result={result ?? null} />;
}
