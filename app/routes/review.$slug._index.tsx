import { type ActionFunctionArgs, json, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { requireRole } from "~/auth/session.server";
import { pageTitle } from "~/i18n/meta";
import { fitsConsultation, parseQueueFilter, queueFilterSchema } from "~/moderation/queue/filters";
import { EmptySearchError } from "~/moderation/queue/conditions.server";
import { type QueueItem, queuePage } from "~/moderation/queue/pages.server";
import { ReviewQueuePage } from "~/moderation/queue-page";
import { type BulkOutcome, runBulk } from "~/moderation/bulk.server";
import { parseIntentForm } from "~/moderation/intent-form.server";
import { bulkFormSchema } from "~/moderation/intents";
import { type Result, refuse } from "~/result";
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

// A bulk action the queue cannot take is always the request's fault: the filters, the selection or the form.
function answer(result: Result<BulkOutcome>) {
  return json(result, { status: result.ok ? 200 : 400 });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireRole(request, "moderator");
  const found = await load(request, params.slug ?? "");
  const parsedFilter = parseQueueFilter(new URL(request.url).searchParams);
  if (!parsedFilter.success || !fitsConsultation(parsedFilter.data, found))
    return answer(refuse("review.unknownFilter"));
  const form = await parseIntentForm(request, bulkFormSchema, { lists: ["ids"] });
  if (!form.ok) return answer(form);
  const bulk = { ...form.value, confirmedCount: form.value.confirmedCount ?? null };
  try {
    return answer(await runBulk(user.id, found.consultation.id, parsedFilter.data, bulk));
  } catch (error) {
    if (error instanceof EmptySearchError) return answer(refuse("review.searchEmpty"));
    throw error;
  }
}

export default function ReviewQueue() {
  const data = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return <ReviewQueuePage data={data} result={result ?? null} />;
}
