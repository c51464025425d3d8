import { type ActionFunctionArgs, json, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { requireUser } from "~/auth/session.server";
import { pageTitle } from "~/i18n/meta";
import { refusalErrors } from "~/result";
import { refusalStatus } from "~/submissions/refusal-status";
import { INDIVIDUAL } from "~/submissions/schema";
import { ClosedNotice, SubmissionForm } from "~/submissions/send-page";
import { inputFormPage, readSubmissionForm } from "~/submissions/input-form.server";
import { editOwnSubmission, findOwnSubmission, isChangeable } from "~/submissions/own-input.server";
import { findInputTarget } from "~/consultations/lookups.server";

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "submissions:edit.title") }];

async function loadEditable(request: Request, reference: string) {
  const user = await requireUser(request);
  const submission = await findOwnSubmission(user.id, reference);
  if (!submission) throw new Response("Not found", { status: 404 });
  const target = await findInputTarget(submission.consultationSlug, submission.sectionNumber, new Date());
  if (!target) throw new Response("Not found", { status: 404 });
  return { user, submission, target };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, submission, target } = await loadEditable(request, params.reference ?? "");
  if (!isChangeable(submission, new Date())) throw redirect(`/my-input/${submission.reference}`);
  return json({
    page: await inputFormPage(target, user, { idempotencyKey: submission.idempotencyKey, quote: "" }),
    edit: {
      action: `/my-input/${submission.reference}/edit`,
      values: {
        kind: submission.kind,
        stance: submission.stance,
        body: submission.body,
        quotedPassage: submission.quotedPassage ?? "",
        proposedText: submission.proposedText ?? "",
        consent: submission.consent,
        onBehalfOf: submission.organisationId ?? INDIVIDUAL,
        language: submission.language,
        attachmentId: submission.attachment?.id ?? "",
      },
      attachment: submission.attachment,
    },
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, submission } = await loadEditable(request, params.reference ?? "");
  const input = await readSubmissionForm(request, user.id, submission.sectionNumber);
  const { values, errors, attachment } = input;
  if (!input.data) return json({ step: "form", errors, values, attachment }, { status: 400 });
  if (!input.data.language) {
    return json(
      { step: "form", errors: { language: "validation.languageChoiceRequired" }, values, attachment },
      { status: 400 },
    );
  }
  const result = await editOwnSubmission({ id: user.id, name: user.name }, submission.reference, {
    ...input.data,
    language: input.data.language,
  });
  if (!result.ok) {
    const status = refusalStatus(result);
    return json(
      { step: status === 403 ? "closed" : "form", errors: refusalErrors(result), values, attachment },
      { status },
    );
  }
  return redirect(`/my-input/${submission.reference}`);
}

export default function EditInput() {
  const { page, edit } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  if (result?.step === "closed") return <ClosedNotice consultation={page.consultation} />;
  return <SubmissionForm page={page} result={result} edit={edit} />;
}
