import type { LoaderFunctionArgs } from "@remix-run/node";
import { openDataDownload, openDataFiles } from "~/reports/exports.server";
import { openDataConsultation } from "~/reports/open-data.server";
import { invariantResponse } from "~/responses";

export async function loader({ params, context }: LoaderFunctionArgs) {
  const file = params.file ?? "";
  invariantResponse(Object.hasOwn(openDataFiles, file), 404);
  const consultation = await openDataConsultation(params.slug ?? "");
  invariantResponse(consultation, 404);
  return openDataDownload(consultation, file as keyof typeof openDataFiles, context.drained);
}
