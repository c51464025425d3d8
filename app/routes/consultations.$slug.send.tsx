import { randomUUID } from "node:crypto";
import { type ActionFunctionArgs, json, type LoaderFunctionArgs, redirect } from "@remix-run/node";
import { isRouteErrorResponse, useActionData, useLoaderData, useRouteError } from "@remix-run/react";
import { requireUser } from "~/auth/session.server";
import { ErrorPage } from "~/components/error-page";
import { detectLanguage as interfaceLanguage } from "~/i18n/language.server";
import { titleMeta } from "~/i18n/meta";
import { invariantResponse, refusalInit, headersWithRetryAfter } from "~/responses";
import { refusalErrors } from "~/result";
import { detectSubmissionLanguage } from "~/submissions/language.server";
import { ClosedNotice } from "~/submissions/input-form/closed-notice";
import { UnsavedInput } from "~/submissions/input-form/unsaved-input";
import { SubmissionPreview } from "~/submissions/input-form/preview";
import { SubmissionForm } from "~/submissions/input-form/submission-form";
import {
  type AnswerParts,
  formAnswer,
  type InputFormStep,
  inputFormPage,
  keepNewFile,
  readSubmissionForm,
  withNewFile,
  keepingTypedInput,
  loadingInputForm,
  type ReadForm,
} from "~/submissions/input-form.server";
import { PASSAGE_MAX_LENGTH } from "~/submissions/schema";
import { createSubmission } from "~/submissions/intake.server";
import { findInputTarget } from "~/consultations/lookups.server";
import { amendmentRefusal } from "~/consultations/amendments";
import { inputFrozenRefusal } from "~/consultations/versions";
import { replacedText, wordDiff } from "~/submissions/word-diff";

export { headersWithRetryAfter as headers };

export const meta = titleMeta("submissions:send.title");

export function loader({ request, params }: LoaderFunctionArgs) {
  return loadingInputForm(async () => {
    const user = await requireUser(request);
    const url = new URL(request.url);
    const target = await findInputTarget(params.slug ?? "", url.searchParams.get("section"), new Date());
    invariantResponse(target, 404);
    return json(
      await inputFormPage(target, user, {
        idempotencyKey: randomUUID(),
        quote: (url.searchParams.get("quote") ?? "").slice(0, PASSAGE_MAX_LENGTH),
      }),
    );
  });
}

export async function action(args: ActionFunctionArgs) {
  return keepingTypedInput(args.request, (read) => send(args, read));
}

async function send({ request, params, context }: ActionFunctionArgs, read: ReadForm) {
  const user = await requireUser(request);
  const now = new Date();
  const sectionNumber = new URL(request.url).searchParams.get("section");
  const target = await findInputTarget(params.slug ?? "", sectionNumber, now);
  invariantResponse(target || (await findInputTarget(params.slug ?? "", null, now)), 404);

  const input = await readSubmissionForm(request, user.id, sectionNumber);
  read.input = input;
  const { values, errors } = input;
  const answer = (step: InputFormStep, init: number | ResponseInit, changes: Partial<AnswerParts> = {}) =>
    json(formAnswer(step, { ...input, ...changes }), init);

  if (input.malformed) return answer("form", 400);
  if (input.unavailable) return answer("form", 503);
  // The section is named twice, in the address and in the form: both must be this consultation's and agree.
  if (!target || (values.section ?? "") !== (target.section?.number ?? "")) {
    return answer("form", 400, { errors: { ...errors, form: "validation.sectionUnknown" } });
  }
  if (target.phase !== "open") return answer("closed", 403, { errors: { form: "validation.consultationClosed" } });
  if (input.intent === "change") return answer("form", 200, { errors: {} });
  if (!input.data) return answer("form", 400);
  const frozen = inputFrozenRefusal(target.consultation);
  if (frozen) return answer("form", refusalInit(frozen), { errors: refusalErrors(frozen) });
  const amendmentsClosed = amendmentRefusal(target, input.data.kind);
  if (amendmentsClosed) return answer("form", 400, { errors: refusalErrors(amendmentsClosed) });

  const valid = { ...input, data: input.data };
  const { data } = valid;
  const language = data.language ?? (await detectSubmissionLanguage(data.body, await interfaceLanguage(request)));
  if (input.intent !== "send") {
    const sectionBody = target.section ? { en: target.section.bodyEn, id: target.section.bodyId } : null;
    const kept = await keepNewFile(user.id, valid);
    return answer("preview", 200, {
      ...kept,
      values: { ...kept.values, language },
      detectedLanguage: data.language ? null : language,
      diff:
        data.kind === "amendment" && data.proposedText
          ? wordDiff(replacedText(data.quotedPassage, sectionBody, language), data.proposedText)
          : null,
    });
  }

  const author = { id: user.id, name: user.name };
  const result = await withNewFile(user.id, valid, (sent) =>
    createSubmission(author, target, { ...sent, language }, now, context.clientAddress),
  );
  if (!result.ok) {
    const { retryAfterSeconds } = result;
    return answer("form", refusalInit(result), { errors: refusalErrors(result), retryAfterSeconds });
  }
  return redirect(`/my-input/${result.value.reference}?sent=1`);
}

export default function SendInput() {
  const page = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  if (page.consultation.phase !== "open" || answer?.step === "closed")
    return <ClosedNotice consultation={page.consultation} />;
  if (answer?.step === "preview") return <SubmissionPreview page={page} answer={answer} />;
  return <SubmissionForm page={page} answer={answer} />;
}

export function ErrorBoundary() {
  const error = useRouteError();
  const answer = useActionData<typeof action>();
  if (isRouteErrorResponse(error) && error.status === 503 && answer) return <UnsavedInput values={answer.values} />;
  return <ErrorPage explain={{ notFound: "submissions:errors.unknownConsultation" }} />;
}
