import { Link } from "@remix-run/react";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { PASSAGE_MAX_LENGTH } from "./schema";

/**
 * With JavaScript, selecting text in the section (mouse or touch) offers "Comment on this
 * passage", which opens the form with the passage filled in. Without it, the form has a box.
 */
export function PassageSelection({ container, sendPath }: { container: string; sendPath: string }) {
  const { t } = useTranslation("submissions");
  const [passage, setPassage] = useState("");
  useEffect(() => {
    function update() {
      const selection = document.getSelection();
      const root = document.getElementById(container);
      if (
        !selection ||
        selection.isCollapsed ||
        !root ||
        !selection.anchorNode ||
        !root.contains(selection.anchorNode)
      ) {
        setPassage("");
        return;
      }
      setPassage(selection.toString().replace(/\s+/g, " ").trim().slice(0, PASSAGE_MAX_LENGTH));
    }
    document.addEventListener("selectionchange", update);
    return () => document.removeEventListener("selectionchange", update);
  }, [container]);
  if (passage.length < 3) return null;
  return (
    <div className="selection-action">
      <Link to={`${sendPath}&quote=${encodeURIComponent(passage)}`} className="button">
        {t("section.commentOnPassage")}
      </Link>
    </div>
  );
}
