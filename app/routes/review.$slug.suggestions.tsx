import { type ActionFunctionArgs, json, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorPage } from "~/components/error-page";
import { SelectField, TextField } from "~/forms/fields";
import { parseForm } from "~/forms/parse.server";
import { formatNumber, formatPercent } from "~/i18n/format";
import { titleMeta } from "~/i18n/meta";
import { useLanguage } from "~/i18n/use-language";
import { acceptSuggestionsInFilter } from "~/moderation/accept-suggestions.server";
import { ErrorAlert } from "~/moderation/controls";
import { queueFilterOf } from "~/moderation/queue-read.server";
import { consultationNamed, reviewAccess } from "~/moderation/reviewed.server";
import { acceptSuggestionsSchema } from "~/themes/accept-form";
import { themeLabel, themeLabels } from "~/themes/labels";
import { themeModelStatus } from "~/themes/suggestions.server";

export const meta = titleMeta("review:suggestions.bulkTitle");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { found } = await reviewAccess(request, params.slug);
  const filter = queueFilterOf(found, new URL(request.url).searchParams);
  return json({
    consultation: consultationNamed(found),
    themes: found.themes,
    model: await themeModelStatus(found.consultation.id),
    filterError: filter ? null : "review.unknownFilter",
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { moderator, found } = await reviewAccess(request, params.slug);
  const filter = queueFilterOf(found, new URL(request.url).searchParams);
  const form = await parseForm(request, acceptSuggestionsSchema);
  if (!filter || !form.ok)
    return json(
      { errors: form.ok ? { form: "review:review.unknownFilter" } : form.errors, values: form.values, outcome: null },
      { status: 400 },
    );
  if (!found.themes.some((theme) => theme.key === form.data.theme && !theme.retired))
    return json(
      { errors: { theme: "review:review.themeUnknown" }, values: form.values, outcome: null },
      { status: 400 },
    );
  const outcome = await acceptSuggestionsInFilter(moderator.id, found.consultation.id, filter, form.data);
  if (!outcome.ok)
    return json({ errors: { form: `review:${outcome.error}` }, values: form.values, outcome: null }, { status: 400 });
  return json({ errors: {}, values: form.values, outcome: outcome.value });
}

/** "Accept every suggestion of theme X with confidence ≥ c in this filter", counted first, then done. */
export default function AcceptSuggestions() {
  const view = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation("review");
  const language = useLanguage();
  const { search } = useLocation();
  const queue = `/review/${view.consultation.slug}${search}`;
  const themeName = themeLabels(view.themes, language);
  const outcome = result?.outcome ?? null;
  const values: Record<string, string> = result?.values ?? {};
  const errors: Record<string, string> = result?.errors ?? {};
  const named = outcome
    ? {
        theme: themeName(outcome.theme),
        minimum: formatPercent(outcome.minimum / 100, language),
        count: outcome.count,
        formatted: formatNumber(outcome.count, language),
      }
    : null;
  return (
    <div className="page review">
      <p className="breadcrumb">
        <Link to={queue}>{t("submission.backToQueue")}</Link>
      </p>
      <h1>{t("suggestions.bulkTitle")}</h1>
      {view.filterError ? <ErrorAlert>{t(view.filterError)}</ErrorAlert> : null}
      {errors.form ? <ErrorAlert>{t(errors.form)}</ErrorAlert> : null}
      {outcome?.kind === "done" && named ? (
        <p className="notice" role="status">
          {outcome.count === 0 ? t("suggestions.bulkNone", named) : t("suggestions.bulkDone", named)}
        </p>
      ) : null}
      <Form method="post" action={`/review/${view.consultation.slug}/suggestions${search}`} className="stack">
        <SelectField
          name="theme"
          label={t("suggestions.bulkTheme")}
          defaultValue={values.theme ?? ""}
          error={errors.theme}
          required
        >
          {view.themes
            .filter((theme) => !theme.retired)
            .map((theme) => (
              <option key={theme.key} value={theme.key}>
                {t("suggestions.examples", {
                  theme: themeLabel(theme, language),
                  count: view.model.examples[theme.key] ?? 0,
                  examples: formatNumber(view.model.examples[theme.key] ?? 0, language),
                })}
              </option>
            ))}
        </SelectField>
        <TextField
          name="minimum"
          label={t("suggestions.bulkMinimum")}
          type="number"
          inputMode="numeric"
          min={50}
          max={100}
          defaultValue={values.minimum ?? "80"}
          error={errors.minimum}
          required
        />
        {outcome?.kind === "confirm" && named ? (
          outcome.count === 0 ? (
            <p className="notice" role="status">
              {t("suggestions.bulkNone", named)}
            </p>
          ) : (
            <div className="confirm" role="alertdialog" aria-labelledby="confirm-text">
              <p id="confirm-text">
                <strong>{t("suggestions.bulkConfirm", named)}</strong>
              </p>
              <input type="hidden" name="confirmedCount" value={outcome.count} />
              <button type="submit" className="button button--warning">
                {t("suggestions.bulkConfirmButton", named)}
              </button>{" "}
              <Link to={queue}>{t("bulk.cancel")}</Link>
            </div>
          )
        ) : (
          <p>
            <button type="submit" className="button">
              {t("suggestions.bulkSubmit")}
            </button>
          </p>
        )}
      </Form>
    </div>
  );
}

export function ErrorBoundary() {
  return (
    <ErrorPage explain={{ notFound: "review:errors.consultationNotFound", forbidden: "review:errors.forbidden" }} />
  );
}
