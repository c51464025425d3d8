import { useTranslation } from "react-i18next";
import { RadioGroup } from "~/forms/fields";
import { stances } from "../schema";
import type { InputFields, InputFormPage } from "./page";

/** A comment or an amendment (on a section, when sending), then what the author thinks. */
export function KindAndStance({
  page,
  editing,
  fields,
}: {
  page: InputFormPage;
  editing: boolean;
  fields: InputFields;
}) {
  const { t } = useTranslation("submissions");
  const { t: ta } = useTranslation("amendments");
  const { register, radio, errors } = fields;
  const kinds = [{ value: "comment", label: t("kinds.comment"), hint: t("kinds.commentHint") }];
  if (page.amendmentsOpen)
    kinds.push({ value: "amendment", label: t("kinds.amendment"), hint: t("kinds.amendmentHint") });
  return (
    <>
      {page.section && !editing ? (
        <RadioGroup
          name="kind"
          legend={t("fields.kind")}
          hint={page.amendmentsOpen ? undefined : ta("send.closedHint")}
          error={errors.kind}
          options={kinds}
          inputProps={(value) => radio("kind", value)}
        />
      ) : (
        <input type="hidden" {...register("kind")} />
      )}
      <RadioGroup
        name="stance"
        legend={page.section ? t("fields.stanceSection") : t("fields.stanceDraft")}
        error={errors.stance}
        options={stances.map((stance) => ({ value: stance, label: t(`stances.${stance}`) }))}
        inputProps={(value) => radio("stance", value)}
      />
    </>
  );
}
