import { Form, Link, useLocation, useNavigation } from "@remix-run/react";
import { useRef } from "react";
import { useTranslation } from "react-i18next";
import { rejectionReasons } from "#db/schema/values";
import { useShortcuts } from "~/components/use-shortcuts";
import type { Language } from "~/i18n/config";
import { formatBytes, formatDateTime, formatPercent } from "~/i18n/format";

import { StatusTag } from "~/submissions/status";
import type { DiffSegment } from "~/submissions/word-diff";
import { WordDiff } from "~/submissions/word-diff-view";
import { themeLabel } from "~/themes/labels";
import type { Result } from "~/result";
import type { SubmissionActionDone } from "./submission-actions.server";

type Theme = { key: string; labelEn: string; labelId: string };
type Data = {
  suggestions: { key: string; confidence: number }[];
  consultation: { slug: string; title: { en: string; id: string } };
  themes: Theme[];
  detail: {
    submission: {
      id: string;
      reference: string;
      kind: string;
      stance: string;
      status: string;
      body: string;
      quotedPassage: string | null;
      proposedText: string | null;
      language: string;
      consent: string;
      rejectionReason: string | null;
      decisionNote: string | null;
      createdAt: string;
    };
    authorName: string;
    authorEmail: string;
    organisationName: string | null;
    organisationType: string | null;
    country: string | null;
    sectionNumber: string | null;
    sectionHeadingEn: string | null;
    sectionHeadingId: string | null;
    attachmentName: string | null;
    attachmentSize: number | null;
    tags: { key: string; source: string; confidence: number | null; addedBy: string | null }[];
    notes: { body: string; createdAt: string; author: string }[];
    events: { action: string; occurredAt: string; reason: string | null; actor: string | null }[];
    revisions: { body: string; replacedAt: string }[];
    otherInput: { reference: string; status: string; kind: string }[];
    conflict: boolean;
    group: { reference: string; status: string }[];
    diff: DiffSegment[] | null;
  };
};

function WholeGroup({ size, id }: { size: number; id: string }) {
  const { t } = useTranslation("review");
  return (
    <div className="checkbox">
      <input type="checkbox" id={id} name="wholeGroup" value="1" />
      <label htmlFor={id}>{t("submission.wholeGroup", { count: size })}</label>
    </div>
  );
}

export function ReviewSubmissionPage({ data, result }: { data: Data; result: Result<SubmissionActionDone> | null }) {
  const { t, i18n } = useTranslation("review");
  const { t: ts } = useTranslation("submissions");
  const { t: tc } = useTranslation("common");
  const language = i18n.language as Language;
  const location = useLocation();
  const navigation = useNavigation();
  const approve = useRef<HTMLButtonElement>(null);
  const reason = useRef<HTMLSelectElement>(null);
  const themeSelect = useRef<HTMLSelectElement>(null);
  // a approves, r jumps to the rejection reason, t to the theme list: decisions without the mouse.
  useShortcuts({
    a: () => approve.current?.click(),
    r: () => reason.current?.focus(),
    t: () => themeSelect.current?.focus(),
  });
  const { detail } = data;
  const { submission } = detail;
  const queue = `/review/${data.consultation.slug}${location.search}`;
  const themeByKey = new Map(data.themes.map((theme) => [theme.key, theme]));
  const heading =
    (language === "id" ? detail.sectionHeadingId : detail.sectionHeadingEn) ??
    detail.sectionHeadingEn ??
    detail.sectionHeadingId;
  const busy = navigation.state === "submitting";
  const decided = submission.status === "approved" || submission.status === "rejected";

  return (
    <div className="page page--wide review">
      <p className="breadcrumb">
        <Link to={queue}>{t("submission.backToQueue")}</Link>
      </p>
      <h1>{t("submission.title", { reference: submission.reference })}</h1>
      <p className="phase-line">
        <StatusTag status={submission.status} />
        {submission.status === "rejected" && submission.rejectionReason ? (
          <span>{t(`reasons.${submission.rejectionReason}`)}</span>
        ) : null}
      </p>
      {detail.conflict ? (
        <div className="error-summary" role="alert">
          <p>{t("review.conflict")}</p>
        </div>
      ) : null}
      {result && !result.ok ? (
        <div className="error-summary" role="alert">
          <p>{t(result.error)}</p>
        </div>
      ) : null}
      {result?.ok ? (
        <p className="notice" role="status">
          {t(`submission.done_${result.value.done}`)}
        </p>
      ) : null}

      <div className="review-layout">
        <article className="review-main" aria-labelledby="text-heading">
          <h2 id="text-heading" className="visually-hidden">
            {t("submission.text")}
          </h2>
          <p className="muted">
            {detail.sectionNumber ? `§ ${detail.sectionNumber} ${heading ?? ""}` : ts("mine.wholeDraft")} ·{" "}
            {ts(`kinds.${submission.kind}`)} · {ts(`stances.${submission.stance}`)} ·{" "}
            {ts(`languages.${submission.language}`)} · {ts(`consents.${submission.consent}`)}
          </p>
          {submission.quotedPassage ? <blockquote className="user-text">{submission.quotedPassage}</blockquote> : null}
          <p className="user-text review-text" lang={submission.language === "other" ? undefined : submission.language}>
            {submission.body}
          </p>
          {detail.diff ? (
            <section aria-labelledby="diff-heading">
              <h3 id="diff-heading">{ts("published.proposedChange")}</h3>
              <WordDiff segments={detail.diff} />
            </section>
          ) : null}
          {detail.attachmentName ? (
            <p>
              <a href={`/review/${data.consultation.slug}/${submission.reference}/attachment`} download>
                {t("submission.download", {
                  name: detail.attachmentName,
                  size: formatBytes(detail.attachmentSize ?? 0, language),
                })}
              </a>
            </p>
          ) : null}

          <h3>{t("submission.history")}</h3>
          <ol className="history">
            <li>{t("submission.sentOn", { date: formatDateTime(submission.createdAt, language) })}</li>
            {detail.revisions.map((revision) => (
              <li key={revision.replacedAt}>
                {t("submission.editedOn", { date: formatDateTime(revision.replacedAt, language) })}
                <details>
                  <summary>{t("submission.previousText")}</summary>
                  <p className="user-text">{revision.body}</p>
                </details>
              </li>
            ))}
            {detail.events.map((event) => (
              <li key={`${event.action}-${event.occurredAt}`}>
                {t(`events.${event.action}`, { defaultValue: event.action })} · {event.actor ?? "—"} ·{" "}
                {formatDateTime(event.occurredAt, language)}
                {event.reason ? ` · ${t(`reasons.${event.reason}`, { defaultValue: event.reason })}` : ""}
              </li>
            ))}
          </ol>
        </article>

        <aside className="review-side" aria-label={t("submission.actions")}>
          <section aria-labelledby="decide-heading">
            <h2 id="decide-heading">{t("submission.decide")}</h2>
            {submission.status === "pending" ? (
              <>
                <Form method="post">
                  {detail.group.length > 0 ? <WholeGroup size={detail.group.length + 1} id="whole-approve" /> : null}
                  <button
                    ref={approve}
                    type="submit"
                    name="intent"
                    value="approve"
                    className="button"
                    disabled={busy || detail.conflict}
                  >
                    {t("actions.approve")}
                  </button>
                </Form>
                <Form method="post" className="stack reject-form">
                  <div className="field">
                    <label htmlFor="reject-reason">{t("actions.reason")}</label>
                    <select ref={reason} id="reject-reason" name="reason" required defaultValue="">
                      <option value="">{tc("form.choose")}</option>
                      {rejectionReasons.map((value) => (
                        <option key={value} value={value}>
                          {t(`reasons.${value}`)}
                        </option>
                      ))}
                    </select>
                  </div>
                  <div className="field">
                    <label htmlFor="reject-note">{t("submission.noteForAuthor")}</label>
                    <textarea id="reject-note" name="note" rows={3} />
                  </div>
                  {detail.group.length > 0 ? <WholeGroup size={detail.group.length + 1} id="whole-reject" /> : null}
                  <button
                    type="submit"
                    name="intent"
                    value="reject"
                    className="button button--warning"
                    disabled={busy || detail.conflict}
                  >
                    {t("actions.reject")}
                  </button>
                </Form>
              </>
            ) : decided ? (
              <Form method="post">
                {detail.group.length > 0 ? <WholeGroup size={detail.group.length + 1} id="whole-undo" /> : null}
                <button
                  type="submit"
                  name="intent"
                  value="undo"
                  className="button button--secondary"
                  disabled={busy || detail.conflict}
                >
                  {t("actions.undo")}
                </button>
              </Form>
            ) : (
              <p className="muted">{t("submission.withdrawn")}</p>
            )}
          </section>

          <section aria-labelledby="themes-heading">
            <h2 id="themes-heading">{t("submission.themes")}</h2>
            {detail.tags.length === 0 ? <p className="muted">{t("filters.untagged")}</p> : null}
            <ul className="tag-list">
              {detail.tags.map((tag) => (
                <li key={tag.key}>
                  <Form method="post" className="tag-row">
                    <span>
                      {themeByKey.has(tag.key) ? themeLabel(themeByKey.get(tag.key)!, language) : tag.key}
                      <span className="muted">
                        {" "}
                        · {tag.source === "suggested" ? t("submission.acceptedSuggestion") : tag.addedBy}
                      </span>
                    </span>
                    <input type="hidden" name="theme" value={tag.key} />
                    <button
                      type="submit"
                      name="intent"
                      value="untag"
                      className="link-button"
                      disabled={busy || detail.conflict}
                    >
                      {t("actions.untag")}
                    </button>
                  </Form>
                </li>
              ))}
            </ul>
            {data.suggestions.length > 0 ? (
              <div className="suggestions">
                <h3 className="small-heading">{t("submission.suggested")}</h3>
                <ul className="tag-list">
                  {data.suggestions.map((suggestion) => (
                    <li key={suggestion.key} className="suggestion">
                      <Form method="post" className="tag-row">
                        <span>
                          {themeByKey.has(suggestion.key)
                            ? themeLabel(themeByKey.get(suggestion.key)!, language)
                            : suggestion.key}
                          <span className="muted">
                            {" "}
                            · {t("submission.confidence", { value: formatPercent(suggestion.confidence, language) })}
                          </span>
                        </span>
                        <input type="hidden" name="theme" value={suggestion.key} />
                        <span className="button-row">
                          <button
                            type="submit"
                            name="intent"
                            value="accept"
                            className="link-button"
                            disabled={busy || detail.conflict}
                          >
                            {t("actions.accept")}
                          </button>
                          <button
                            type="submit"
                            name="intent"
                            value="dismiss"
                            className="link-button"
                            disabled={busy || detail.conflict}
                          >
                            {t("actions.dismiss")}
                          </button>
                        </span>
                      </Form>
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
            <Form method="post" className="tag-add">
              <label htmlFor="add-theme">{t("actions.theme")}</label>
              <select ref={themeSelect} id="add-theme" name="theme" required defaultValue="">
                <option value="">{tc("form.choose")}</option>
                {data.themes
                  .filter((theme) => !detail.tags.some((tag) => tag.key === theme.key))
                  .map((theme) => (
                    <option key={theme.key} value={theme.key}>
                      {themeLabel(theme, language)}
                    </option>
                  ))}
              </select>
              <button
                type="submit"
                name="intent"
                value="tag"
                className="button button--secondary"
                disabled={busy || detail.conflict}
              >
                {t("actions.tag")}
              </button>
            </Form>
          </section>

          {detail.group.length > 0 ? (
            <section aria-labelledby="group-heading">
              <h2 id="group-heading">{t("submission.group", { count: detail.group.length + 1 })}</h2>
              <p className="field-hint">{t("submission.groupHint")}</p>
              <ul>
                {detail.group.map((member) => (
                  <li key={member.reference}>
                    <Link to={`/review/${data.consultation.slug}/${member.reference}${location.search}`}>
                      {member.reference}
                    </Link>{" "}
                    · {ts(`statuses.${member.status}`)}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}

          <section aria-labelledby="from-heading">
            <h2 id="from-heading">{t("submission.from")}</h2>
            <p>
              {detail.authorName} · <span className="muted">{detail.authorEmail}</span>
            </p>
            <p>
              {detail.organisationName ?? ts("published.individualExpert")}
              {detail.organisationType && detail.country
                ? ` · ${tc(`organisationTypes.${detail.organisationType}`)}, ${tc(`countries.${detail.country}`)}`
                : ""}
            </p>
            {detail.otherInput.length > 0 ? (
              <>
                <h3 className="small-heading">{t("submission.otherInput")}</h3>
                <ul>
                  {detail.otherInput.map((other) => (
                    <li key={other.reference}>
                      <Link to={`/review/${data.consultation.slug}/${other.reference}${location.search}`}>
                        {other.reference}
                      </Link>{" "}
                      · {ts(`statuses.${other.status}`)}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </section>

          <section aria-labelledby="notes-heading">
            <h2 id="notes-heading">{t("submission.notes")}</h2>
            <p className="field-hint">{t("submission.notesHint")}</p>
            <ul className="notes">
              {detail.notes.map((note) => (
                <li key={note.createdAt}>
                  <p className="user-text">{note.body}</p>
                  <p className="muted">
                    {note.author} · {formatDateTime(note.createdAt, language)}
                  </p>
                </li>
              ))}
            </ul>
            {/* A fresh form after each saved note, so the text box is empty again. */}
            <Form method="post" className="stack" key={detail.notes.length}>
              <div className="field">
                <label htmlFor="note-body">{t("submission.addNote")}</label>
                <textarea id="note-body" name="body" rows={3} required />
              </div>
              <button type="submit" name="intent" value="note" className="button button--secondary" disabled={busy}>
                {t("submission.saveNote")}
              </button>
            </Form>
          </section>
        </aside>
      </div>
    </div>
  );
}
