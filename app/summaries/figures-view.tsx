import { useTranslation } from "react-i18next";
import { formatNumber } from "~/i18n/format";
import { useLanguage } from "~/i18n/use-language";
import type { ThemeFigures } from "./figures.server";

type Breakdown = "byStance" | "byOrganisationType" | "byCountry" | "byLanguage";

/** The translated name of one value of a breakdown. */
export function useValueLabel() {
  const { t } = useTranslation("summaries");
  return (breakdown: Breakdown, value: string) => {
    if (breakdown === "byStance") return t(`submissions:stances.${value}`);
    if (breakdown === "byLanguage") return t(`submissions:languages.${value}`);
    if (breakdown === "byCountry") return t(`common:countries.${value}`);
    return value === "individual" ? t("individual") : t(`common:organisationTypes.${value}`);
  };
}

/** A theme's figures as small tables, readable on screen, by screen readers and on paper. */
export function FiguresView({ figures, headingLevel = 3 }: { figures: ThemeFigures; headingLevel?: 3 | 4 | 5 }) {
  const { t } = useTranslation("summaries");
  const language = useLanguage();
  const label = useValueLabel();
  const Heading = `h${headingLevel}` as "h3";
  const number = (value: number) => formatNumber(value, language);
  return (
    <div className="figures">
      <p className="figures__total">
        {t("figures.submissions", { count: figures.submissions, formatted: number(figures.submissions) })}{" "}
        {t("figures.organisations", { count: figures.organisations, formatted: number(figures.organisations) })}
      </p>
      <div className="figures__tables">
        {(["byStance", "byOrganisationType", "byCountry", "byLanguage"] as const).map((breakdown) => {
          const entries = Object.entries(figures[breakdown])
            .filter(([, n]) => n > 0)
            .sort(([a, n], [b, m]) => m - n || (a < b ? -1 : 1));
          return (
            <table key={breakdown} className="figures__table">
              <caption>{t(`figures.${breakdown}`)}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("figures.value")}</th>
                  <th scope="col">{t("figures.count")}</th>
                </tr>
              </thead>
              <tbody>
                {entries.map(([value, n]) => (
                  <tr key={value}>
                    <th scope="row">{label(breakdown, value)}</th>
                    <td>{number(n)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          );
        })}
      </div>
      <Heading>{t("figures.campaigns")}</Heading>
      {figures.campaigns.length === 0 ? (
        <p className="muted">{t("figures.noCampaigns")}</p>
      ) : (
        <ul>
          {figures.campaigns.map((campaign) => (
            <li key={campaign.groupId}>
              {t("figures.campaign", {
                count: campaign.size,
                formatted: number(campaign.size),
                reference: campaign.reference,
              })}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
