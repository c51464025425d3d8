import { type ActionFunctionArgs, json, type LoaderFunctionArgs, redirect } from "@remix-run/node";
import { isRouteErrorResponse, useActionData, useLoaderData, useRouteError } from "@remix-run/react";
import { requireUser } from "~/auth/session.server";
import { ErrorPage } from "~/components/error-page";
import { titleMeta } from "~/i18n/meta";
import { invariantResponse, refusalStatus } from "~/responses";
import { refusalErrors } from "~/result";
import { ClosedNotice } from "~/submissions/input-form/closed-notice";
import { UnsavedInput } from "~/submissions/input-form/unsaved-input";
import { SubmissionForm } from "~/submissions/input-form/submission-form";
import {
  editForm,
  formAnswer,
  inputFormPage,
  keepingTypedInput,
  loadingInputForm,
  type ReadForm,
  readSubmissionForm,
  withNewFile,
} from "~/submissions/input-form.server";
import { editOwnSubmission, findOwnSubmission, isChangeable } from "~/submissions/own-input.server";
import { findInputTarget } from "~/consultations/lookups.server";

export const meta = titleMeta("submissions:edit.title");

async function loadEditable(request: Request, reference: string) {
  const user = await requireUser(request);
  const submission = await findOwnSubmission(user.id, reference);
  invariantResponse(submission, 404);
  const target = await findInputTarget(submission.consultationSlug, submission.sectionNumber, new Date());
  invariantResponse(target, 404);
  return { user, submission, target };
}

export function loader({ request, params }: LoaderFunctionArgs) {
  return loadingInputForm(async () => {
    const { user, submission, target } = await loadEditable(request, params.reference ?? "");
    if (!isChangeable(submission, new Date())) throw redirect(`/my-input/${submission.reference}`);
    return json({
      page: await inputFormPage(target, user, { idempotencyKey: submission.idempotencyKey, quote: "" }),
      edit: editForm(submission),
    });
  });
}

export async function action(args: ActionFunctionArgs) {
  return keepingTypedInput(args.request, (read) => edit(args, read));
}

async function edit({ request, params }: ActionFunctionArgs, read: ReadForm) {
  const { user, submission } = await loadEditable(request, params.reference ?? "");
  const input = await readSubmissionForm(request, user.id, submission.sectionNumber);
  read.input = input;
  if (input.unavailable) return json(formAnswer("form", input), { status: 503 });
  if (!input.data) return json(formAnswer("form", input), { status: 400 });
  const language = input.data.language;
  if (!language) {
    return json(formAnswer("form", { ...input, errors: { language: "validation.languageChoiceRequired" } }), {
      status: 400,
    });
  }
  const result = await withNewFile(user.id, { ...input, data: input.data }, (data) =>
    editOwnSubmission({ id: user.id, name: user.name }, submission.reference, { ...data, language }),
  );
  if (!result.ok) {
    const status = refusalStatus(result);
    return json(formAnswer(status === 403 ? "closed" : "form", { ...input, errors: refusalErrors(result) }), {
      status,
    });
  }
  return redirect(`/my-input/${submission.reference}`);
}

export default function EditInput() {
  const { page, edit } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  if (answer?.step === "closed") return <ClosedNotice consultation={page.consultation} />;
  return <SubmissionForm page={page} answer={answer} edit={edit} />;
}

export function ErrorBoundary() {
  const error = useRouteError();
  const answer = useActionData<typeof action>();
  if (isRouteErrorResponse(error) && error.status === 503 && answer) return <UnsavedInput values={answer.values} />;
  return <ErrorPage explain={{ notFound: "submissions:errors.uneditableSubmission" }} />;
}
