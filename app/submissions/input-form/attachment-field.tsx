import { type ChangeEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { fieldId } from "~/forms/fields";
import { formatBytes } from "~/i18n/format";
import { useLanguage } from "~/i18n/use-language";
import { ATTACHMENT_ACCEPT, ATTACHMENT_MAX_BYTES } from "../schema";
import type { InputFormAnswer } from "./page";

/** With JavaScript, a file too large or of the wrong type is refused as soon as it is chosen. */
export function useAttachmentCheck() {
  const [fileError, setFileError] = useState<string | null>(null);
  function checkFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    setFileError(null);
    if (file && file.size > ATTACHMENT_MAX_BYTES) {
      setFileError("validation.attachmentTooLarge");
      event.target.value = "";
    } else if (file && !/\.(pdf|docx|odt)$/i.test(file.name)) {
      setFileError("validation.attachmentType");
      event.target.value = "";
    }
  }
  return { fileError, checkFile };
}

/**
 * A position paper: the file kept from an earlier post (which the author may remove) and the
 * file input. `chooseAgain`: the form came back with an error and no file kept, so say so.
 * `notKept`: the file chosen was fine, but the form was not, and it is only kept with a valid form.
 */
export function AttachmentField({
  attachment,
  error,
  chooseAgain,
  notKept,
  onChange,
}: {
  attachment: InputFormAnswer["attachment"];
  error: string | undefined;
  chooseAgain: boolean;
  notKept: string | null;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
}) {
  const { t } = useTranslation("submissions");
  const { t: tc } = useTranslation("common");
  const language = useLanguage();
  const id = fieldId("attachment");
  return (
    <div className={`field${error ? " field--error" : ""}`}>
      <label htmlFor={id}>{t("fields.attachment")}</label>
      <div className="field-hint" id={`${id}-hint`}>
        {t("send.attachmentHint")}
      </div>
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          <span className="visually-hidden">{tc("form.errorPrefix")} </span>
          {tc(error)}
          {chooseAgain ? ` ${t("send.chooseFileAgain")}` : ""}
        </p>
      ) : null}
      {notKept && !error ? (
        <p className="notice" id={`${id}-notice`}>
          {t("send.fileNotKept", { name: notKept })}
        </p>
      ) : null}
      {attachment ? (
        <div className="attached">
          <p>{t("send.attached", { name: attachment.fileName, size: formatBytes(attachment.byteSize, language) })}</p>
          <div className="checkbox">
            <input type="checkbox" id="remove-attachment" name="removeAttachment" value="1" />
            <label htmlFor="remove-attachment">{t("send.removeAttachment")}</label>
          </div>
        </div>
      ) : null}
      <input
        type="file"
        id={id}
        name="attachment"
        accept={ATTACHMENT_ACCEPT}
        onChange={onChange}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}${notKept && !error ? ` ${id}-notice` : ""}`}
      />
    </div>
  );
}
