import { type ActionFunctionArgs, json, type LoaderFunctionArgs } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useLocation, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorPage } from "~/components/error-page";
import type { ErrorKey } from "~/forms/parse.server";
import { titleMeta } from "~/i18n/meta";
import { ErrorAlert } from "~/moderation/controls";
import { parseIntentForm } from "~/moderation/intent-form.server";
import { submissionIntentSchema } from "~/moderation/intents";
import { actOnSubmission, type SubmissionActionDone } from "~/moderation/submission-actions.server";
import { reviewSubmission, reviewSubmissionView } from "~/moderation/submission-read.server";
import { DecisionPanel } from "~/moderation/submission-view/decision-panel";
import { NotesPanel } from "~/moderation/submission-view/notes-panel";
import { GroupPanel, SenderPanel } from "~/moderation/submission-view/people-panels";
import { SubmissionText } from "~/moderation/submission-view/submission-text";
import { ThemesPanel } from "~/moderation/submission-view/themes-panel";
import { useDecisionKeys } from "~/moderation/submission-view/use-decision-keys";
import { reviewAccess } from "~/moderation/reviewed.server";
import { invariantResponse } from "~/responses";
import type { Result } from "~/result";
import { StatusTag } from "~/submissions/status";

export const meta = titleMeta<typeof loader>("review:submission.title", ({ params }) => ({
  reference: params.reference,
}));

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { moderator, found } = await reviewAccess(request, params.slug);
  const view = await reviewSubmissionView(found, params.reference ?? "", moderator.id);
  invariantResponse(view, 404);
  return json(view);
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
  const { moderator, found } = await reviewAccess(request, params.slug);
  const detail = await reviewSubmission(found.consultation.id, params.reference ?? "", moderator.id);
  invariantResponse(detail, 404);
  const form = await parseIntentForm(request, submissionIntentSchema);
  if (!form.ok) return answer(form);
  const submission = { id: detail.submission.id, conflict: detail.conflict };
  return answer(await actOnSubmission(moderator, found.consultation.id, submission, form.value));
}

export default function ReviewSubmission() {
  const view = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation("review");
  const { search } = useLocation();
  const busy = useNavigation().state === "submitting";
  const keys = useDecisionKeys();
  const { detail } = view;
  const { submission } = detail;
  const base = `/review/${view.consultation.slug}`;
  const toInput = (reference: string) => `${base}/${reference}${search}`;
  return (
    <div className="page review">
      <p className="breadcrumb">
        <Link to={`${base}${search}`}>{t("submission.backToQueue")}</Link>
      </p>
      <h1>{t("submission.title", { reference: submission.reference })}</h1>
      <p className="phase-line">
        <StatusTag status={submission.status} />
        {submission.status === "rejected" && submission.rejectionReason ? (
          <span>{t(`reasons.${submission.rejectionReason}`)}</span>
        ) : null}
      </p>
      {detail.conflict ? <ErrorAlert>{t("review.conflict")}</ErrorAlert> : null}
      {result && !result.ok ? <ErrorAlert>{t(result.error)}</ErrorAlert> : null}
      {result?.ok ? (
        <p className="notice" role="status">
          {t(`submission.done_${result.value.done}`)}
        </p>
      ) : null}
      <div className="review-layout">
        <SubmissionText
          detail={detail}
          attachmentHref={`${base}/${submission.reference}/attachment`}
          timeZone={view.consultation.timeZone}
        />
        <aside className="review-side" aria-label={t("submission.actions")}>
          <DecisionPanel detail={detail} busy={busy} keys={keys} />
          <ThemesPanel
            view={{ ...view, tags: detail.tags }}
            disabled={busy || detail.conflict}
            select={keys.theme}
            timeZone={view.consultation.timeZone}
          />
          <GroupPanel group={detail.group} to={toInput} />
          <SenderPanel detail={detail} to={toInput} />
          <NotesPanel notes={detail.notes} busy={busy} timeZone={view.consultation.timeZone} />
        </aside>
      </div>
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage explain={{ notFound: "review:errors.submissionNotFound", forbidden: "review:errors.forbidden" }} />;
}
