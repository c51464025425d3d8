import { type ActionFunctionArgs, json, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useLocation } from "@remix-run/react";
import { useRef } from "react";
import { useTranslation } from "react-i18next";
import { ErrorPage } from "~/components/error-page";
import { formatNumber } from "~/i18n/format";
import { titleMeta } from "~/i18n/meta";
import { useLanguage } from "~/i18n/use-language";
import { type BulkOutcome, runBulk } from "~/moderation/bulk.server";
import { ErrorAlert } from "~/moderation/controls";
import { parseIntentForm } from "~/moderation/intent-form.server";
import { bulkFormSchema } from "~/moderation/intents";
import { queueFilterOf, reviewQueueView } from "~/moderation/queue-read.server";
import { EmptySearchError } from "~/moderation/queue/conditions.server";
import { filterQuery } from "~/moderation/queue/filters";
import { BulkBar, BulkConfirm, BulkNotice } from "~/moderation/queue-view/bulk-bar";
import { FilterBar } from "~/moderation/queue-view/filter-bar";
import { QueueTable } from "~/moderation/queue-view/queue-table";
import { ShortcutsHelp } from "~/moderation/queue-view/shortcuts-help";
import { useQueueKeys } from "~/moderation/queue-view/use-queue-keys";
import { reviewAccess } from "~/moderation/reviewed.server";
import { type Result, refuse } from "~/result";

export const meta = titleMeta("review:queue.title");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { found } = await reviewAccess(request, params.slug);
  const view = await reviewQueueView(found, new URL(request.url).searchParams);
  return json(view, { status: view.error ? 400 : 200 });
}

// A bulk action the queue cannot take is always the request's fault: the filters, the selection or the form.
function answer(result: Result<BulkOutcome>) {
  return json(result, { status: result.ok ? 200 : 400 });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { moderator, found } = await reviewAccess(request, params.slug);
  const filter = queueFilterOf(found, new URL(request.url).searchParams);
  if (!filter) return answer(refuse("review.unknownFilter"));
  const form = await parseIntentForm(request, bulkFormSchema, { lists: ["ids"] });
  if (!form.ok) return answer(form);
  const bulk = { ...form.value, confirmedCount: form.value.confirmedCount ?? null };
  try {
    return answer(await runBulk(moderator.id, found.consultation.id, filter, bulk));
  } catch (error) {
    if (error instanceof EmptySearchError) return answer(refuse("review.searchEmpty"));
    throw error;
  }
}

export default function ReviewQueue() {
  const view = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation("review");
  const language = useLanguage();
  const { search } = useLocation();
  const body = useRef<HTMLTableSectionElement>(null);
  useQueueKeys(body);
  const base = `/review/${view.consultation.slug}`;
  const formAction = `${base}${search}`;
  return (
    <div className="page review">
      <p className="breadcrumb">
        <Link to={`/consultations/${view.consultation.slug}`}>{view.consultation.title[language]}</Link>
        {" · "}
        <Link to={`${base}/dashboard${filterQuery(view.filter, { after: undefined })}`}>
          {t("reports:dashboard.link")}
        </Link>
      </p>
      <h1>{t("queue.title")}</h1>
      <p>
        <Link to={`${base}/themes`}>{t("summaries:overview.title")}</Link>
      </p>
      <FilterBar view={view} base={base} />
      {view.error ? <ErrorAlert>{t(view.error)}</ErrorAlert> : null}
      {view.uncountedAbove ? (
        <p className="field-hint">{t("queue.uncounted", { limit: formatNumber(view.uncountedAbove, language) })}</p>
      ) : null}
      <p>
        <Link to={`${base}/suggestions${search}`}>{t("suggestions.bulkLink")}</Link>
      </p>
      <BulkNotice result={result} />
      <Form method="post" action={formAction} className="bulk">
        <BulkConfirm result={result} cancelTo={formAction} />
        <BulkBar themes={view.themes} />
        {view.items.length === 0 && !view.error ? <p>{t("queue.empty")}</p> : null}
        {view.items.length > 0 ? (
          <QueueTable view={view} links={{ base, search, sort: view.filter.sort }} body={body} />
        ) : null}
      </Form>
      {view.next ? (
        <p>
          <Link to={`${base}${filterQuery(view.filter, { after: view.next })}`}>{t("queue.nextPage")}</Link>
        </p>
      ) : null}
      <ShortcutsHelp />
    </div>
  );
}

export function ErrorBoundary() {
  return (
    <ErrorPage explain={{ notFound: "review:errors.consultationNotFound", forbidden: "review:errors.forbidden" }} />
  );
}
