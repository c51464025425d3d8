// Charts drawn on the server as SVG, each with the table of its numbers: the picture is for the
// eye, the table (in a <details>, open without JavaScript) for everyone else. Hand-written rather
// than d3: a bar's length is one division (decision 027).
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { formatNumber, formatPercent } from "~/i18n/format";
import { useLanguage } from "~/i18n/use-language";

export type Bar = { key: string; label: string; value: number };

/**
 * `total`: how many submissions the chart is about, where its bars do not add up to that (a
 * submission carries several themes); shares and the description count against it.
 */
type ChartProps = { title: string; bars: Bar[]; labelHeading: string; total?: number };

const ROW_HEIGHT = 44;
const BAR_HEIGHT = 16;
// Bars stop short of the edge so the number after the longest still fits.
const LONGEST_BAR = 82;

const totalOf = (bars: Bar[], total: number | undefined) => total ?? bars.reduce((sum, bar) => sum + bar.value, 0);

function useDescription(bars: Bar[], given: number | undefined): string {
  const { t } = useTranslation("reports");
  const language = useLanguage();
  const total = totalOf(bars, given);
  const largest = bars.reduce<Bar | null>((best, bar) => (best === null || bar.value > best.value ? bar : best), null);
  if (!largest || total === 0) return t("charts.nothing");
  return t("charts.description", {
    total: formatNumber(total, language),
    count: bars.length,
    largest: largest.label,
    largestValue: formatNumber(largest.value, language),
  });
}

function NumbersTable({ title, bars, labelHeading, total: given }: ChartProps) {
  const { t } = useTranslation("reports");
  const language = useLanguage();
  const total = totalOf(bars, given);
  return (
    <details className="chart__numbers">
      <summary>{t("charts.showNumbers")}</summary>
      <table className="data-table">
        <caption className="visually-hidden">{title}</caption>
        <thead>
          <tr>
            <th scope="col">{labelHeading}</th>
            <th scope="col" className="numeric">
              {t("charts.submissions")}
            </th>
            <th scope="col" className="numeric">
              {t("charts.share")}
            </th>
          </tr>
        </thead>
        <tbody>
          {bars.map((bar) => (
            <tr key={bar.key}>
              <th scope="row">{bar.label}</th>
              <td className="numeric">{formatNumber(bar.value, language)}</td>
              <td className="numeric">{total > 0 ? formatPercent(bar.value / total, language) : "–"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

/** One horizontal bar per value, its label above it: long labels wrap nowhere and stay readable on a phone. */
export function BarChart(props: ChartProps) {
  const { title, bars } = props;
  const language = useLanguage();
  const id = useId();
  const description = useDescription(bars, props.total);
  const largest = Math.max(1, ...bars.map((bar) => bar.value));
  const height = Math.max(1, bars.length) * ROW_HEIGHT;
  return (
    <figure className="chart">
      <figcaption className="chart__title">{title}</figcaption>
      <svg
        className="chart__svg"
        width="100%"
        height={height}
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-desc`}
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {bars.map((bar, index) => {
          const top = index * ROW_HEIGHT;
          const length = (bar.value / largest) * LONGEST_BAR;
          return (
            <g key={bar.key}>
              <text x="0" y={top + 15} className="chart__label">
                {bar.label}
              </text>
              <rect x="0" y={top + 21} width={`${length}%`} height={BAR_HEIGHT} className="chart__bar" rx="2" />
              <text x={`${length}%`} dx="6" y={top + 34} className="chart__value">
                {formatNumber(bar.value, language)}
              </text>
            </g>
          );
        })}
      </svg>
      <NumbersTable {...props} />
    </figure>
  );
}

const COLUMNS_HEIGHT = 160;

/** One column per day or week, in order: the first and last dates and the highest count name the axes. */
export function ColumnChart(props: ChartProps) {
  const { title, bars } = props;
  const language = useLanguage();
  const id = useId();
  const description = useDescription(bars, props.total);
  const largest = Math.max(1, ...bars.map((bar) => bar.value));
  const width = 100 / Math.max(1, bars.length);
  const first = bars[0];
  const last = bars.at(-1);
  return (
    <figure className="chart">
      <figcaption className="chart__title">{title}</figcaption>
      <svg
        className="chart__svg"
        width="100%"
        height={COLUMNS_HEIGHT + 40}
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-desc`}
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        <text x="0" y="12" className="chart__value">
          {formatNumber(largest, language)}
        </text>
        <line x1="0" x2="100%" y1={COLUMNS_HEIGHT + 20} y2={COLUMNS_HEIGHT + 20} className="chart__axis" />
        {bars.map((bar, index) => {
          const height = (bar.value / largest) * COLUMNS_HEIGHT;
          return (
            <rect
              key={bar.key}
              x={`${index * width + width * 0.1}%`}
              y={COLUMNS_HEIGHT + 20 - height}
              width={`${width * 0.8}%`}
              height={height}
              className="chart__bar"
            />
          );
        })}
        {first ? (
          <text x="0" y={COLUMNS_HEIGHT + 38} className="chart__label">
            {first.label}
          </text>
        ) : null}
        {last && last !== first ? (
          <text x="100%" y={COLUMNS_HEIGHT + 38} textAnchor="end" className="chart__label">
            {last.label}
          </text>
        ) : null}
      </svg>
      <NumbersTable {...props} />
    </figure>
  );
}
