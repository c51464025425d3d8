import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireRole } from "~/auth/session.server";
import { consultationForReview } from "~/consultations/lookups.server";
import { submissionAttachment } from "~/moderation/submission-read.server";

const contentTypes = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  odt: "application/vnd.oasis.opendocument.text",
} as const;

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireRole(request, "moderator");
  const found = await consultationForReview(params.slug ?? "");
  if (!found) throw new Response("Not found", { status: 404 });
  const file = await submissionAttachment(found.consultation.id, params.reference ?? "");
  if (!file) throw new Response("Not found", { status: 404 });
  // Always a download, never rendered by the browser: the file came from outside.
  return new Response(new Uint8Array(file.content), {
    headers: {
      "Content-Type": contentTypes[file.kind],
      "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
