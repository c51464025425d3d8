import { useTranslation } from "react-i18next";

/** Right after sending: the reference to keep, and what happens next. */
export function SentConfirmation({ reference }: { reference: string }) {
  const { t } = useTranslation("submissions");
  return (
    <>
      <div className="panel" role="status">
        <h1>{t("confirmation.title")}</h1>
        <p>{t("confirmation.reference")}</p>
        <p className="panel__reference">{reference}</p>
      </div>
      <section aria-labelledby="next-heading">
        <h2 id="next-heading">{t("confirmation.nextTitle")}</h2>
        <p>{t("confirmation.next1")}</p>
        <p>{t("confirmation.next2")}</p>
      </section>
    </>
  );
}
