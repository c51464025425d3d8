import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { database, schema } from "#db/client.server";
import { seedDemo } from "~/demo/seed.server";
import { action as sendAction } from "~/routes/consultations.$slug.send";
import { action as editAction } from "~/routes/my-input.$reference.edit";
import { loader as downloadLoader } from "~/routes/review.$slug.$reference.attachment";
import { INDIVIDUAL } from "~/submissions/schema";
import { minimalPdf } from "../fixtures/documents";
import { context, getRequest, settle } from "../helpers/requests";
import { inputFormBody, loggedInCookie, multipartRequest, newContributorCookie } from "../helpers/sessions";

type Answer = {
  step: string;
  errors: Record<string, string>;
  values: Record<string, string>;
  attachment: { id: string; fileName: string; kind: string } | null;
  fileNotKept: string | null;
};

beforeEach(async () => {
  await seedDemo((await database()).db, new Date());
});

const fields = (change: Record<string, string> = {}) => ({
  intent: "preview",
  kind: "comment",
  stance: "support",
  body: "We support wider student exchange scholarships between ASEAN member states.",
  consent: "public_named",
  onBehalfOf: INDIVIDUAL,
  idempotencyKey: randomUUID(),
  section: "2.2",
  attachmentId: "",
  ...change,
});

async function post(cookie: string, body: FormData) {
  return settle(() =>
    sendAction({
      request: multipartRequest("/consultations/ascc-post-2025/send?section=2.2", cookie, body),
      params: { slug: "ascc-post-2025" },
      context: context(),
    }),
  );
}

async function storedFiles() {
  const { db } = await database();
  return db.select({ id: schema.attachments.id, fileName: schema.attachments.fileName }).from(schema.attachments);
}

const pdf = (name = "paper.pdf") => ({ name, bytes: minimalPdf() });

describe("a file sent with the input form", () => {
  it("is not stored when the rest of the form is wrong, and the page says to choose it again", async () => {
    const cookie = await newContributorCookie();
    const response = await post(cookie, inputFormBody(fields({ body: "Too short." }), pdf()));
    expect(response.status).toBe(400);
    const answer = (await response.json()) as Answer;
    expect(answer.errors.body).toBe("validation.bodyTooShort");
    expect(answer.attachment).toBeNull();
    expect(answer.fileNotKept).toBe("paper.pdf");
    expect(answer.values.body).toBe("Too short.");
    expect(await storedFiles()).toEqual([]);
  });

  it("treats a hand-made file id that is not an id as no file, never as a server error", async () => {
    const cookie = await newContributorCookie();
    const response = await post(cookie, inputFormBody(fields({ attachmentId: "'; drop table attachments; --" })));
    expect(response.status).toBe(200);
    const answer = (await response.json()) as Answer;
    expect(answer.step).toBe("preview");
    expect(answer.attachment).toBeNull();
    expect(answer.values.attachmentId).toBe("");
  });

  it("leaves nothing behind however often an invalid form is posted with it", async () => {
    const cookie = await newContributorCookie();
    const changes: Record<string, string>[] = [{ body: "" }, { consent: "all" }, { onBehalfOf: "x" }, { kind: "poem" }];
    for (const change of changes) {
      expect((await post(cookie, inputFormBody(fields(change), pdf()))).status).toBe(400);
    }
    // The form is valid, but the consultation named does not take input on that section.
    expect((await post(cookie, inputFormBody(fields({ section: "9.9" }), pdf()))).status).toBe(400);
    expect(await storedFiles()).toEqual([]);
  });

  it("is stored once by a valid preview and sent with the input, and a refused send keeps nothing", async () => {
    const cookie = await newContributorCookie();
    const preview = (await (await post(cookie, inputFormBody(fields(), pdf()))).json()) as Answer;
    expect(preview.step).toBe("preview");
    const files = await storedFiles();
    expect(files).toEqual([{ id: preview.attachment!.id, fileName: "paper.pdf" }]);
    expect(preview.values.attachmentId).toBe(files[0]!.id);

    // A hand-made send with a new file, on behalf of an organisation the author does not belong to.
    const stranger = { onBehalfOf: randomUUID(), intent: "send" };
    const refused = await post(cookie, inputFormBody(fields(stranger), pdf("other.pdf")));
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as Answer).fileNotKept).toBe("other.pdf");
    expect(await storedFiles()).toHaveLength(1);

    const sent = await post(cookie, inputFormBody({ ...preview.values, intent: "send" }));
    expect(sent.status).toBe(302);
    // The same send again, now carrying a file: it repeats the input already sent, so its file goes.
    const again = await post(cookie, inputFormBody({ ...preview.values, intent: "send" }, pdf("again.pdf")));
    expect(again.headers.get("Location")).toBe(sent.headers.get("Location"));
    const { db } = await database();
    const reference = sent.headers.get("Location")!.match(/ASCC-\d{4}-\d{4}/)![0];
    const [submission] = await db
      .select({ attachmentId: schema.submissions.attachmentId })
      .from(schema.submissions)
      .where(eq(schema.submissions.reference, reference));
    expect(await storedFiles()).toEqual([{ id: submission!.attachmentId, fileName: "paper.pdf" }]);
  });
});

describe("the name a file is kept under", () => {
  it.each([
    ["report.html", "report.pdf"],
    ["x.hta", "x.pdf"],
    ["invoice.pdf.exe", "invoice.pdf"],
    ["Kajian\u202Efdp.exe", "Kajianfdp.pdf"],
    ["ringkasan\u0007\u200F\u2067.pdf", "ringkasan.pdf"],
  ])("is %j → %j on the page, in the database and in the download", async (posted, safe) => {
    const cookie = await newContributorCookie();
    const preview = (await (
      await post(cookie, inputFormBody(fields(), { name: posted, bytes: minimalPdf() }))
    ).json()) as Answer;
    expect(preview.attachment).toMatchObject({ fileName: safe, kind: "pdf" });
    expect((await storedFiles()).map((file) => file.fileName)).toEqual([safe]);

    const sent = await post(cookie, inputFormBody({ ...preview.values, intent: "send" }));
    const reference = sent.headers.get("Location")!.match(/ASCC-\d{4}-\d{4}/)![0];
    const moderator = await loggedInCookie("moderator@demo.masukan.test", "moderator-demo-2026");
    const download = await settle(() =>
      downloadLoader({
        request: getRequest(`/review/ascc-post-2025/${reference}/attachment`, { cookie: moderator }),
        params: { slug: "ascc-post-2025", reference },
        context: context(),
      }),
    );
    expect(download.status).toBe(200);
    expect(download.headers.get("Content-Type")).toBe("application/pdf");
    expect(download.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(download.headers.get("Content-Disposition")).toBe(
      `attachment; filename="${safe}"; filename*=UTF-8''${encodeURIComponent(safe)}`,
    );
  });
});

describe("a file replaced when the input is changed", () => {
  it("is removed with the change, and the new one kept", async () => {
    const cookie = await newContributorCookie();
    const preview = (await (await post(cookie, inputFormBody(fields(), pdf("first.pdf")))).json()) as Answer;
    const sent = await post(cookie, inputFormBody({ ...preview.values, intent: "send" }));
    const reference = sent.headers.get("Location")!.match(/ASCC-\d{4}-\d{4}/)![0];
    const changed = await settle(() =>
      editAction({
        request: multipartRequest(
          `/my-input/${reference}/edit`,
          cookie,
          inputFormBody(
            { ...preview.values, intent: "save", removeAttachment: "true", language: "en" },
            pdf("second.pdf"),
          ),
        ),
        params: { reference },
        context: context(),
      }),
    );
    expect(changed.headers.get("Location")).toBe(`/my-input/${reference}`);
    expect((await storedFiles()).map((file) => file.fileName)).toEqual(["second.pdf"]);
  });
});
