import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { checkFields, firstError, parseForm } from "~/forms/parse.server";
import type { ErrorKey } from "~/forms/parse.server";
import { i18nIn } from "~/i18n/instance";
import { detectLanguage } from "~/i18n/language.server";
import { EmptySearchError } from "~/moderation/queue/conditions.server";
import { queueFilterOf } from "~/moderation/queue-read.server";
import { reviewAccess } from "~/moderation/reviewed.server";
import { exportFormSchema, type ExportRequest, filteredExport } from "~/reports/exports.server";

// A download has no page to show a message on: a refusal is its sentence, in the reader's language.
async function refused(request: Request, error: ErrorKey, status: 400 | 403): Promise<Response> {
  const message = i18nIn(await detectLanguage(request)).t(error, { ns: ["reports", "review", "common"] });
  return new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}

async function answer(
  { request, params, context }: LoaderFunctionArgs,
  readForm: () => Promise<ExportRequest | ErrorKey>,
) {
  const { moderator, found } = await reviewAccess(request, params.slug);
  const filter = queueFilterOf(found, new URL(request.url).searchParams);
  if (!filter) return refused(request, "review.unknownFilter", 400);
  const asked = await readForm();
  if (typeof asked === "string") return refused(request, asked, 400);
  try {
    const result = await filteredExport(moderator, found, filter, asked, context.drained);
    return result.ok ? result.value : refused(request, result.error, 403);
  } catch (error) {
    if (error instanceof EmptySearchError) return refused(request, "review.searchEmpty", 400);
    throw error;
  }
}

/** A link's download: the format in the address beside the filters; never with e-mail addresses. */
export function loader(args: LoaderFunctionArgs) {
  const format = new URL(args.request.url).searchParams.get("format");
  const checked = checkFields({ format: format === null ? [] : [format] }, exportFormSchema);
  return answer(args, async () => (checked.ok ? checked.data : firstError(checked.errors)));
}

/** The export form: an admin may tick "include e-mail addresses" there, and that is audited. */
export function action(args: ActionFunctionArgs) {
  return answer(args, async () => {
    const parsed = await parseForm(args.request, exportFormSchema);
    return parsed.ok ? parsed.data : firstError(parsed.errors);
  });
}
