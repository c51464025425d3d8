import type { LoaderFunctionArgs } from "@remix-run/node";
import { auditSearchOf } from "~/audit/search.server";
import { requireRole } from "~/auth/session.server";
import { i18nIn } from "~/i18n/instance";
import { detectLanguage } from "~/i18n/language.server";
import { auditExport } from "~/reports/audit-export.server";

/** The audit log's search, as on its page, downloaded as CSV. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const admin = await requireRole(request, "admin");
  const search = await auditSearchOf(new URL(request.url).searchParams);
  if (!search.ok) {
    // A download has no page to show a message on: the refusal is its sentence, in the reader's language.
    const message = i18nIn(await detectLanguage(request)).t(Object.values(search.errors)[0] ?? "audit:errors.notADate");
    return new Response(message, { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  return auditExport(admin, search.query, search.values, new Date(), context.drained);
}
