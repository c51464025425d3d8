import { useTranslation } from "react-i18next";
import { type DiffSegment, separatedRuns } from "./word-diff";

/**
 * Deleted words struck through, added words underlined, each also named for screen readers, and a
 * space between a deleted run and the inserted one that replaces it.
 */
export function WordDiff({ segments }: { segments: DiffSegment[] }) {
  const { t } = useTranslation("submissions");
  // A segment is identified by where it starts in the combined text.
  let offset = 0;
  const keyed = separatedRuns(segments).map((segment) => {
    const key = `${segment.change}-${offset}`;
    offset += segment.text.length;
    return { ...segment, key };
  });
  return (
    <p className="word-diff user-text">
      {keyed.map((segment) =>
        segment.change === "same" ? (
          <span key={segment.key}>{segment.text}</span>
        ) : segment.change === "added" ? (
          <ins key={segment.key}>
            <span className="visually-hidden">{t("diff.added")} </span>
            {segment.text}
          </ins>
        ) : (
          <del key={segment.key}>
            <span className="visually-hidden">{t("diff.removed")} </span>
            {segment.text}
          </del>
        ),
      )}
    </p>
  );
}
