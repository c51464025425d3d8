import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { productionServerForThisFile } from "../helpers/production-server";

// A visitor's section page is kept as rendered HTML by the server between requests (decision 016):
// what readers of it must still get, through the production server on a database of its own.
const running = productionServerForThisFile();

const SECTION = "2.3";
const PAGE = `/consultations/ascc-post-2025/sections/${SECTION}`;

type Answer = { status: number; headers: Headers; body: string };

async function visit(path: string, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(new URL(path, running.baseUrl), {
    headers: { "Accept-Language": "en", ...headers },
    redirect: "manual",
  });
  return { status: response.status, headers: response.headers, body: await response.text() };
}

async function post(path: string, fields: Record<string, string>, cookie = ""): Promise<Answer> {
  const response = await fetch(new URL(path, running.baseUrl), {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: running.baseUrl, Cookie: cookie },
    body: new URLSearchParams(fields).toString(),
    redirect: "manual",
  });
  return { status: response.status, headers: response.headers, body: await response.text() };
}

async function logIn(email: string, password: string): Promise<string> {
  const answer = await post("/login", { email, password });
  expect(answer.status).toBe(302);
  const session = answer.headers.getSetCookie().find((cookie) => cookie.startsWith("masukan_session="));
  return session!.split(";")[0]!;
}

const nonceOf = (answer: Answer) => /'nonce-([^']+)'/.exec(answer.headers.get("Content-Security-Policy") ?? "")?.[1];
const scriptsOf = (answer: Answer) => answer.body.match(/<script\b[^>]*>/g) ?? [];
const withoutNonces = (answer: Answer) => answer.body.replaceAll(/ nonce="[^"]*"/g, "");

/** The demo contributor sends a public comment on the section; its reference. */
async function sendComment(text: string): Promise<string> {
  const contributor = await logIn("contributor@demo.masukan.test", "contributor-demo-2026");
  const sent = await post(
    `/consultations/ascc-post-2025/send?section=${SECTION}`,
    {
      intent: "send",
      kind: "comment",
      stance: "support",
      body: text,
      consent: "public_anonymous",
      onBehalfOf: "individual",
      idempotencyKey: randomUUID(),
      section: SECTION,
      attachmentId: "",
      language: "en",
    },
    contributor,
  );
  const reference = /^\/my-input\/([A-Z0-9-]+)\?sent=1$/.exec(sent.headers.get("Location") ?? "")?.[1];
  expect(reference, `sending answered ${sent.status}`).toBeDefined();
  return reference!;
}

async function decide(reference: string, intent: "approve" | "undo"): Promise<void> {
  const moderator = await logIn("moderator@demo.masukan.test", "moderator-demo-2026");
  const answer = await post(`/review/ascc-post-2025/${reference}`, { intent }, moderator);
  expect(answer.status, `${answer.body}\n${running.output}`).toBe(200);
}

describe("a visitor's section page kept between requests", () => {
  it("gives every response its own nonce, on every script and in the header", async () => {
    const first = await visit(PAGE);
    const second = await visit(PAGE);
    const third = await visit(PAGE);
    const nonces = [first, second, third].map(nonceOf);
    expect(new Set(nonces).size).toBe(3);
    for (const [index, answer] of [first, second, third].entries()) {
      expect(answer.status).toBe(200);
      expect(scriptsOf(answer).length).toBeGreaterThan(0);
      for (const script of scriptsOf(answer)) expect(script).toContain(` nonce="${nonces[index]}"`);
    }
    expect(third.body).not.toContain(nonces[1]);
    expect(withoutNonces(third)).toBe(withoutNonces(first));
  });

  it("shows a moderator's approval on the next load, and its undoing", async () => {
    const text = `Kept pages must follow decisions at once ${randomUUID()}.`;
    const reference = await sendComment(text);
    expect((await visit(PAGE)).body).not.toContain(text);
    await decide(reference, "approve");
    expect((await visit(PAGE)).body).toContain(text);
    await decide(reference, "undo");
    expect((await visit(PAGE)).body).not.toContain(text);
  });

  it("never gives a signed-in reader the visitors' copy, and never keeps theirs", async () => {
    await visit(PAGE);
    const contributor = await logIn("contributor@demo.masukan.test", "contributor-demo-2026");
    const theirs = await visit(PAGE, { Cookie: contributor });
    expect(theirs.body).toContain("Log out");
    expect(theirs.headers.get("Cache-Control")).toBe("private, no-store");
    const visitors = await visit(PAGE);
    expect(visitors.body).not.toContain("Log out");
    expect(visitors.body).toContain("Log in");
    expect(visitors.headers.get("Cache-Control")).toBeNull();
  });

  it("keeps each language and each page of input apart", async () => {
    await visit(PAGE);
    const indonesian = await visit(PAGE, { "Accept-Language": "id" });
    expect(indonesian.body).toContain('<html lang="id"');
    const chosen = await visit(PAGE, { Cookie: `masukan_lang=${encodeURIComponent(btoa('"id"'))}` });
    expect(chosen.body).toContain('<html lang="id"');
    expect((await visit(PAGE)).body).toContain('<html lang="en"');
    expect((await visit(`${PAGE}?input=2`)).status).toBe(404);
  });

  it("answers Remix's data requests with the loader's data, never a kept page", async () => {
    await visit(PAGE);
    const data = await visit(`${PAGE}?_data=${encodeURIComponent("routes/consultations.$slug.sections.$number")}`);
    expect(data.headers.get("Content-Type")).toMatch(/^application\/json/);
  });
});
