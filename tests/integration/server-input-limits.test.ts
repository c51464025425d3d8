import { request as httpRequest } from "node:http";
import { describe, expect, it } from "vitest";
import { productionServerForThisFile } from "../helpers/production-server";

// The production server on a database of its own (this file's throwaway is truncated before each test).
const running = productionServerForThisFile();

type Answer = { status: number; body: string; headers: Record<string, string | string[] | undefined> };

/** A POST sent as a client would, with its body in 64 KiB writes; chunked unless `contentLength`. */
function post(path: string, body: Buffer, { contentLength }: { contentLength: boolean }): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const url = new URL(path, running.baseUrl);
    const sending = httpRequest(url, {
      method: "POST",
      headers: {
        "Content-Type": "application/x-www-form-urlencoded",
        Origin: running.baseUrl,
        "Accept-Language": "id",
        ...(contentLength ? { "Content-Length": String(body.length) } : {}),
      },
    });
    sending.on("response", (response) => {
      let text = "";
      response.on("data", (chunk) => (text += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body: text, headers: response.headers }));
    });
    // A server that refuses a body closes the connection while it is still being sent; the answer counts.
    sending.on("error", (error) => setTimeout(() => reject(error), 1_000));
    for (let at = 0; at < body.length; at += 65_536) sending.write(body.subarray(at, at + 65_536));
    sending.end();
  });
}

const oneMegabyte = () => Buffer.from(`email=a%40example.org&password=${"x".repeat(1024 * 1024)}`);

describe("the server caps request bodies", () => {
  it.each([
    ["declared by Content-Length", true],
    ["sent chunked", false],
  ])("answers a 1 MB log-in %s with 413 and a translated page", async (_, contentLength) => {
    const started = Date.now();
    const answer = await post("/login", oneMegabyte(), { contentLength });
    expect(answer.status).toBe(413);
    expect(answer.body).toContain("Kiriman Anda terlalu besar");
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("still logs a person in with a normal form", async () => {
    const form = new URLSearchParams({ email: "contributor@demo.masukan.test", password: "contributor-demo-2026" });
    const answer = await post("/login", Buffer.from(form.toString()), { contentLength: true });
    expect(answer.status).toBe(302);
    expect(answer.headers.location).toBe("/");
    expect(String(answer.headers["set-cookie"])).toMatch(/masukan_session=[a-z2-7]{40}/);
  });
});

describe("cookies the site did not write", () => {
  it.each([
    ["a session cookie with a bad percent sign", "masukan_session=%E0%A4%A"],
    ["a session cookie with a NUL byte", "masukan_session=%00abc"],
    ["a session cookie that is not an id", "masukan_session=' or 1=1 --"],
    ["a session cookie far too long", `masukan_session=${"a".repeat(4000)}`],
    ["a language cookie that is not base64", "masukan_lang=!!!"],
    ["a language cookie with a bad percent sign", "masukan_lang=%E0%A4%A"],
    ["a language cookie naming no language of ours", `masukan_lang=${btoa(JSON.stringify("fr"))}`],
    ["another site's cookie with a bad percent sign", "tracker=100%; masukan_lang=%"],
  ])("are ignored: %s gets the page as a visitor, in Accept-Language's language", async (_, cookie) => {
    const response = await fetch(`${running.baseUrl}/`, { headers: { Cookie: cookie, "Accept-Language": "id" } });
    expect(response.status).toBe(200);
    const page = await response.text();
    expect(page).toContain('<html lang="id"');
    expect(page).toContain(">Masuk<");
  });
});
