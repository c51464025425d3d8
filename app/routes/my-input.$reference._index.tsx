import { json, type LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { requireUser } from "~/auth/session.server";
import { ErrorPage } from "~/components/error-page";
import { titleMeta } from "~/i18n/meta";
import { invariantResponse } from "~/responses";
import { clearDraft } from "~/submissions/drafts";
import { SentConfirmation } from "~/submissions/own-input/confirmation";
import { InputHistory } from "~/submissions/own-input/history";
import { InputSummary } from "~/submissions/own-input/input-summary";
import { findOwnSubmission, isChangeable } from "~/submissions/own-input.server";

// The reference in the address is the one found: the loader looks it up exactly.
export const meta = titleMeta("submissions:detail.title", ({ params }) => ({ reference: params.reference ?? "" }));

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const submission = await findOwnSubmission(user.id, params.reference ?? "");
  invariantResponse(submission, 404);
  const { idempotencyKey: _key, ...shown } = submission;
  return json({
    submission: shown,
    changeable: isChangeable(submission, new Date()),
    draftOwner: user.id,
    justSent: new URL(request.url).searchParams.get("sent") === "1",
  });
}

export default function SubmissionDetail() {
  const { submission, changeable, justSent, draftOwner } = useLoaderData<typeof loader>();
  const { t } = useTranslation("submissions");
  useEffect(() => {
    if (justSent) clearDraft(draftOwner, submission.consultationSlug, submission.sectionNumber);
  }, [justSent, draftOwner, submission.consultationSlug, submission.sectionNumber]);
  return (
    <div className="page page--narrow">
      {justSent ? (
        <SentConfirmation reference={submission.reference} />
      ) : (
        <h1>{t("detail.title", { reference: submission.reference })}</h1>
      )}
      <InputSummary submission={submission} />
      {changeable ? (
        <div className="button-row">
          <Link to={`/my-input/${submission.reference}/edit`} className="button button--secondary">
            {t("detail.edit")}
          </Link>
          <Link to={`/my-input/${submission.reference}/withdraw`} className="button button--warning">
            {t("detail.withdraw")}
          </Link>
        </div>
      ) : (
        <p className="muted">{t("detail.notChangeable")}</p>
      )}
      <InputHistory submission={submission} />
      <p>
        <Link to="/my-input">{t("detail.allInput")}</Link>
      </p>
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage explain={{ notFound: "submissions:errors.unknownSubmission" }} />;
}
