import { type ActionFunctionArgs, json, type LoaderFunctionArgs, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUser } from "~/auth/session.server";
import { ErrorPage } from "~/components/error-page";
import { titleMeta } from "~/i18n/meta";
import { invariantResponse, refusalStatus } from "~/responses";
import { refusalErrors } from "~/result";
import { findOwnSubmission, isChangeable, withdrawOwnSubmission } from "~/submissions/own-input.server";

export const meta = titleMeta("submissions:withdraw.title");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const submission = await findOwnSubmission(user.id, params.reference ?? "");
  invariantResponse(submission, 404);
  if (!isChangeable(submission, new Date())) throw redirect(`/my-input/${submission.reference}`);
  return json({ reference: submission.reference });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const result = await withdrawOwnSubmission({ id: user.id, name: user.name }, params.reference ?? "");
  if (!result.ok) return json({ errors: refusalErrors(result) }, { status: refusalStatus(result) });
  return redirect(`/my-input/${params.reference}`);
}

export default function WithdrawInput() {
  const { reference } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation("submissions");
  const { t: tc } = useTranslation("common");
  return (
    <div className="page page--narrow">
      <h1>{t("withdraw.title")}</h1>
      {result?.errors?.form ? (
        <div className="error-summary" role="alert">
          <p>{tc(result.errors.form)}</p>
        </div>
      ) : null}
      <p>{t("withdraw.question", { reference })}</p>
      <p>{t("withdraw.consequence")}</p>
      <Form method="post" className="button-row">
        <button type="submit" className="button button--warning">
          {t("withdraw.confirm")}
        </button>
        <Link to={`/my-input/${reference}`}>{t("withdraw.cancel")}</Link>
      </Form>
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage explain={{ notFound: "submissions:errors.unknownSubmission" }} />;
}
