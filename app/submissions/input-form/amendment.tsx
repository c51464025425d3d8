import { useTranslation } from "react-i18next";
import { useHydrated } from "~/components/use-hydrated";
import { TextAreaField } from "~/forms/fields";
import type { InputFields, InputFormPage } from "./page";

/**
 * The proposed text of an amendment (on a section). With JavaScript it shows only once the
 * author chose "amendment"; without, it is always there while the section takes amendments.
 */
export function Amendment({ page, fields, kind }: { page: InputFormPage; fields: InputFields; kind: string }) {
  const { t } = useTranslation("submissions");
  const hydrated = useHydrated();
  if (!page.section) return null;
  // Where amendments are closed the box stays only for text already typed in it (or sent before).
  const shown = kind === "amendment" || (!hydrated && page.amendmentsOpen);
  return (
    <div className={shown ? "conditional" : "conditional is-hidden"}>
      <TextAreaField
        label={t("fields.proposedText")}
        hint={t("send.proposedHint")}
        rows={10}
        error={fields.errors.proposedText}
        {...fields.register("proposedText")}
      />
    </div>
  );
}
