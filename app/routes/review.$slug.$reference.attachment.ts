import type { LoaderFunctionArgs } from "@remix-run/node";
import { reviewAccess } from "~/moderation/reviewed.server";
import { submissionAttachment } from "~/moderation/submission-read.server";
import { invariantResponse } from "~/responses";
import { contentDisposition, safeFileName } from "~/submissions/file-names";

const contentTypes = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  odt: "application/vnd.oasis.opendocument.text",
} as const;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { found } = await reviewAccess(request, params.slug);
  const file = await submissionAttachment(found.consultation.id, params.reference ?? "");
  invariantResponse(file, 404);
  // Always a download, never rendered by the browser: the file came from outside. Files kept
  // before names were made safe get the same safe name here. Never cached: server.js marks every
  // review page no-store.
  return new Response(new Uint8Array(file.content), {
    headers: {
      "Content-Type": contentTypes[file.kind],
      "Content-Disposition": contentDisposition(safeFileName(file.fileName, file.kind)),
      "X-Content-Type-Options": "nosniff",
    },
  });
}
