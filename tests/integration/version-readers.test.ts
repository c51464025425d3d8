import { eq, sql } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { database, schema } from "#db/client.server";
import { draftNewVersion, publishVersion, saveChangelog } from "~/consultations/version-drafting.server";
import { loader as overviewLoader } from "~/routes/consultations.$slug._index";
import { loader as sectionLoader } from "~/routes/consultations.$slug.sections.$number";
import { findOwnSubmission } from "~/submissions/own-input.server";
import { seededReview } from "../helpers/demo";
import { context, getRequest, settle } from "../helpers/requests";
import { acceptedAmendment } from "../helpers/versions";

const SLUG = "ascc-post-2025";
const SECTION = "3.1";
// After the seed (which uses the real clock), so the new version comes after the first in time too.
const NOW = new Date("2030-02-01T10:00:00Z");
let amendment: Awaited<ReturnType<typeof acceptedAmendment>>;

beforeEach(async () => {
  const { consultationId, moderatorId } = await seededReview();
  const { db } = await database();
  const [admin] = await db.select().from(schema.users).where(eq(schema.users.email, "admin@demo.masukan.test"));
  const people = { consultationId, moderatorId, adminId: admin!.id };
  amendment = await acceptedAmendment(
    people,
    SECTION,
    "Senior Officials Committee for the ASCC (SOCA)",
    "Senior Officials Committee for the ASCC (SOCA) and its working groups",
  );
  await draftNewVersion({ id: people.adminId }, SLUG, NOW);
  await saveChangelog({ id: people.adminId }, SLUG, {
    en: "Implementation names the working groups.",
    id: "Pelaksanaan menyebut kelompok kerja.",
  });
});

async function publish() {
  const { db } = await database();
  const [admin] = await db.select().from(schema.users).where(eq(schema.users.email, "admin@demo.masukan.test"));
  expect(await publishVersion({ id: admin!.id }, SLUG, NOW)).toEqual({ ok: true, value: { label: "v2" } });
}

type SectionPage = {
  version: { label: string; isCurrent: boolean; hasPrevious: boolean };
  versions: { label: string; isCurrent: boolean; changelog: { en: string | null } }[];
  section: { body: { en: string } };
  textNow: { label: string; sections: { number: string }[] } | null;
  comparison: { previousLabel: string; diff: { en: { change: string; text: string }[] } | null } | null;
  input: { total: number };
};

async function sectionPage(query = "") {
  const path = `/consultations/${SLUG}/sections/${SECTION}${query}`;
  const response = await settle(() =>
    sectionLoader({ request: getRequest(path), params: { slug: SLUG, number: SECTION }, context: context() }),
  );
  return { status: response.status, page: response.status === 200 ? ((await response.json()) as SectionPage) : null };
}

describe("readers and the versions of a document", () => {
  it("see the published version only: a version being drafted is neither shown nor listed", async () => {
    const { page } = await sectionPage();
    expect(page?.version).toMatchObject({ label: "v1", isCurrent: true });
    expect(page?.versions.map((version) => version.label)).toEqual(["v1"]);
    expect((await sectionPage("?version=v2")).status).toBe(404);
  });

  it("compare the words a reader sees: a word made bold is no change, and Markdown's marks never show", async () => {
    const { db } = await database();
    await db.execute(
      sql`update sections s set body_en = replace(s.body_en, 'Senior Officials Committee', '**Senior Officials Committee**')
          from document_versions v where v.id = s.version_id and v.status = 'drafting' and s.number = ${SECTION}`,
    );
    await publish();
    expect((await sectionPage()).page!.section.body.en).toContain("<strong>Senior Officials Committee</strong>");
    const segments = (await sectionPage("?compare=1")).page!.comparison?.diff?.en ?? [];
    expect(segments.map((segment) => segment.text).join("")).not.toContain("**");
    const changed = segments.filter((segment) => segment.change !== "same").map((segment) => segment.text.trim());
    expect(changed.join(" ")).toBe("and its working groups");
  });

  it("see the new version by default once published, with its changelog, and can read and compare the previous one", async () => {
    await publish();
    const current = (await sectionPage()).page!;
    expect(current.version).toEqual({ label: "v2", isCurrent: true, hasPrevious: true });
    expect(current.section.body.en).toContain("and its working groups");
    expect(current.versions.map((version) => [version.label, version.isCurrent, version.changelog.en])).toEqual([
      ["v1", false, null],
      ["v2", true, "Implementation names the working groups."],
    ]);
    expect(current.textNow).toBeNull();

    const compared = (await sectionPage("?compare=1")).page!;
    expect(compared.comparison?.previousLabel).toBe("v1");
    const added = compared.comparison?.diff?.en.filter((segment) => segment.change === "added").map((s) => s.text);
    expect(added?.join(" ")).toContain("working groups");
    expect(compared.comparison?.diff?.en.some((segment) => segment.change === "removed")).toBe(false);

    // Version 1 stays readable, with its input, and says where its text is now.
    const older = (await sectionPage("?version=v1")).page!;
    expect(older.version).toEqual({ label: "v1", isCurrent: false, hasPrevious: false });
    expect(older.section.body.en).not.toContain("working groups");
    expect(older.textNow).toEqual({ label: "v2", sections: [expect.objectContaining({ number: SECTION })] });
    expect(older.comparison).toBeNull();

    const overview = await settle(() =>
      overviewLoader({
        request: getRequest(`/consultations/${SLUG}?version=v1`),
        params: { slug: SLUG },
        context: context(),
      }),
    );
    expect(((await overview.json()) as { version: { label: string } }).version.label).toBe("v1");
    const unknown = await settle(() =>
      overviewLoader({
        request: getRequest(`/consultations/${SLUG}?version=v9`),
        params: { slug: SLUG },
        context: context(),
      }),
    );
    expect(unknown.status).toBe(404);
  });

  it("keep input on the version and section it was written on, with where that text is now", async () => {
    await publish();
    const own = await findOwnSubmission(amendment.writer.id, amendment.reference);
    expect(own).toMatchObject({ versionLabel: "v1", sectionNumber: SECTION });
    expect(own?.textNow).toEqual({ label: "v2", sections: [expect.objectContaining({ number: SECTION })] });
  });
});
