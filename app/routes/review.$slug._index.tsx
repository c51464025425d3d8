import { type ActionFunctionArgs, json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { requireRole } from "~/auth/session.server";
import { pageTitle } from "~/i18n/meta";
import { fitsConsultation, parseQueueFilter, queueFilterSchema } from "~/moderation/queue/filters";
import { EmptySearchError } from "~/moderation/queue/conditions.server";
import { type QueueItem, queuePage } from "~/moderation/queue/pages.server";
import { ReviewQueuePage } from "~/moderation/queue-page";
import { runBulk } from "~/moderation/review.server";
import { consultationForReview } from "~/consultations/lookups.server";

export const meta: MetaFunction = ({ matches }) => [{ title: pageTitle(matches, "review:queue.title") }];

async function load(request: Request, slug: string) {
  await requireRole(request, "moderator");
  const found = await consultationForReview(slug);
  if (!found) throw new Response("Not found", { status: 404 });
  return found;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { consultation, themes, sections } = await load(request, params.slug ?? "");
  const nothing = { items: [] as QueueItem[], next: null, counts: null, uncountedAbove: null };
  const page = {
    consultation: { slug: consultation.slug, title: { en: consultation.titleEn, id: consultation.titleId } },
    themes,
    sections,
  };
  const parsed = parseQueueFilter(new URL(request.url).searchParams);
  if (!parsed.success || !fitsConsultation(parsed.data, { themes, sections })) {
    return json(
      { ...page, filter: queueFilterSchema.parse({}), error: "review.unknownFilter", ...nothing },
      { status: 400 },
    );
  }
  const filter = parsed.data;
  try {
    const { items, next, counts, uncountedAbove } = await queuePage(consultation.id, filter);
    return json({ ...page, filter, error: null, items, next, counts, uncountedAbove });
  } catch (error) {
    if (!(error instanceof EmptySearchError)) throw error;
    return json({ ...page, filter, error: "review.searchEmpty", ...nothing }, { status: 400 });
  }
}

const bulkSchema = z.object({
  intent: z.enum(["approve", "reject", "undo", "tag", "untag"]),
  ids: z.array(z.uuid()).max(100_000),
  scope: z.enum(["selected", "all"]).default("selected"),
  confirmedCount: z.coerce.number().int().nonnegative().optional(),
  reason: z.string().optional(),
  note: z.string().optional(),
  theme: z.string().optional(),
});

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireRole(request, "moderator");
  const found = await load(request, params.slug ?? "");
  const { consultation } = found;
  const parsedFilter = parseQueueFilter(new URL(request.url).searchParams);
  if (!parsedFilter.success || !fitsConsultation(parsedFilter.data, found))
    return json({ kind: "error" as const, message: "review.unknownFilter" }, { status: 400 });
  const form = await request.formData().catch(() => null);
  const parsed = bulkSchema.safeParse({
    intent: form?.get("intent"),
    ids: form?.getAll("ids").map(String) ?? [],
    scope: form?.get("scope") || undefined,
    confirmedCount: form?.get("confirmedCount") || undefined,
    reason: form?.get("reason") || undefined,
    note: form?.get("note") || undefined,
    theme: form?.get("theme") || undefined,
  });
  if (!parsed.success) return json({ kind: "error" as const, message: "review.forgedRequest" }, { status: 400 });
  try {
    const result = await runBulk(user.id, consultation.id, parsedFilter.data, {
      ...parsed.data,
      confirmedCount: parsed.data.confirmedCount ?? null,
    });
    return json(result, { status: result.kind === "error" ? 400 : 200 });
  } catch (error) {
    if (error instanceof EmptySearchError)
      return json({ kind: "error" as const, message: "review.searchEmpty" }, { status: 400 });
    throw error;
  }
}

export default function ReviewQueue() {
  const data = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return <ReviewQueuePage data={data} result={result ?? null} />;
}
