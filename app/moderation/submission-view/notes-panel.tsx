import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "~/i18n/format";
import { useLanguage } from "~/i18n/use-language";
import { IntentButton } from "../controls";
import type { SubmissionDetail } from "../submission-read.server";

/** The working group's internal notes on the submission (dated in the consultation's time zone), and a form to add one. */
export function NotesPanel(props: { notes: SubmissionDetail["notes"]; busy: boolean; timeZone: string }) {
  const { notes, busy, timeZone } = props;
  const { t } = useTranslation("review");
  const language = useLanguage();
  return (
    <section aria-labelledby="notes-heading">
      <h2 id="notes-heading">{t("submission.notes")}</h2>
      <p className="field-hint">{t("submission.notesHint")}</p>
      <ul className="notes">
        {notes.map((note) => (
          <li key={note.createdAt}>
            <p className="user-text">{note.body}</p>
            <p className="muted">
              {note.author ?? t("deletedAccount")} · {formatDateTime(note.createdAt, language, timeZone)}
            </p>
          </li>
        ))}
      </ul>
      {/* A fresh form after each saved note, so the text box is empty again. */}
      <Form method="post" className="stack" key={notes.length}>
        <div className="field">
          <label htmlFor="note-body">{t("submission.addNote")}</label>
          <textarea id="note-body" name="body" rows={3} required />
        </div>
        <IntentButton intent="note" className="button button--secondary" disabled={busy}>
          {t("submission.saveNote")}
        </IntentButton>
      </Form>
    </section>
  );
}
