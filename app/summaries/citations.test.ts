import { describe, expect, it } from "vitest";
import { renderMarkdown } from "~/consultations/markdown.server";
import { citedReferences, linkCitations } from "./citations";

describe("citations", () => {
  it("finds each reference once, with prefixes of more than one part", () => {
    expect(
      citedReferences(
        "See [ASCC-2026-0042] and [ASCC-BP-2026-0007].",
        "Again [ASCC-2026-0042]; not [x] or ASCC-2026-0001.",
      ),
    ).toEqual(["ASCC-2026-0042", "ASCC-BP-2026-0007"]);
  });

  it("makes a citation a link that keeps its brackets, and leaves one without an address as text", () => {
    const markdown = linkCitations("As [ASCC-2026-0042] and [ASCC-2026-0043] said.", (reference) =>
      reference.endsWith("42") ? `#cite-${reference}` : null,
    );
    expect(renderMarkdown(markdown)).toBe(
      '<p>As <a href="#cite-ASCC-2026-0042" rel="noopener noreferrer">[ASCC-2026-0042]</a> and [ASCC-2026-0043] said.</p>\n',
    );
  });
});
