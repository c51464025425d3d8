import { describe, expect, it } from "vitest";
import { MalformedMultipart, multipartBoundary, readMultipart } from "./multipart.server";

type Part = { name: string; filename: string | undefined; content: string };

async function partsOf(body: string | Uint8Array, boundary: string, chunkSize = Number.POSITIVE_INFINITY) {
  const bytes = typeof body === "string" ? new TextEncoder().encode(body) : body;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      for (let at = 0; at < bytes.length; at += Math.min(chunkSize, bytes.length))
        controller.enqueue(bytes.subarray(at, at + chunkSize));
      controller.close();
    },
  });
  const parts: Part[] = [];
  let chunks: Uint8Array[] = [];
  await readMultipart(stream, boundary, {
    start: ({ name, filename }) => {
      parts.push({ name, filename, content: "" });
      chunks = [];
    },
    data: (chunk) => chunks.push(Buffer.from(chunk)),
    end: () => {
      const part = parts.at(-1);
      if (part) part.content = Buffer.concat(chunks).toString("utf8");
    },
  });
  return parts;
}

async function browserBody(form: FormData) {
  const request = new Request("http://localhost/", { method: "POST", body: form });
  const boundary = multipartBoundary(request.headers.get("Content-Type") ?? "");
  return { boundary: boundary ?? "", bytes: new Uint8Array(await request.arrayBuffer()) };
}

describe("readMultipart", () => {
  it("reads every field and file the way a browser encodes them, however the body is split", async () => {
    const form = new FormData();
    form.append("body", "Teks dengan --batas\r\n dan baris baru");
    form.append("body", "second value");
    form.append("attachment", new Blob(["%PDF-1.4 content"]), 'a=b; c="d"\r\n.pdf');
    const { boundary, bytes } = await browserBody(form);
    const expected: Part[] = [
      { name: "body", filename: undefined, content: "Teks dengan --batas\r\n dan baris baru" },
      { name: "body", filename: undefined, content: "second value" },
      { name: "attachment", filename: 'a=b; c="d"\r\n.pdf', content: "%PDF-1.4 content" },
    ];
    for (const chunkSize of [1, 2, 3, 7, 31, 64, bytes.length]) {
      expect(await partsOf(bytes, boundary, chunkSize)).toEqual(expected);
    }
  });

  it("reads unquoted values and a part with an empty file name", async () => {
    const body = [
      "preamble",
      "--xyz",
      "Content-Disposition: form-data; name=kind",
      "",
      "comment",
      "--xyz  ",
      'content-disposition: form-data; name="attachment"; filename=""',
      "Content-Type: application/octet-stream",
      "",
      "",
      "--xyz--",
      "epilogue",
    ].join("\r\n");
    expect(await partsOf(body, "xyz")).toEqual([
      { name: "kind", filename: undefined, content: "comment" },
      { name: "attachment", filename: "", content: "" },
    ]);
  });

  it.each([
    ["no closing delimiter", "--xyz\r\nContent-Disposition: form-data; name=a\r\n\r\nvalue"],
    ["no disposition", "--xyz\r\nContent-Type: text/plain\r\n\r\nvalue\r\n--xyz--"],
    ["an unclosed quote", '--xyz\r\nContent-Disposition: form-data; name="a\r\n\r\nvalue\r\n--xyz--'],
    ["no name", "--xyz\r\nContent-Disposition: form-data; filename=a.pdf\r\n\r\nvalue\r\n--xyz--"],
    ["headers that never end", `--xyz\r\nContent-Disposition: form-data; name=${"a".repeat(20_000)}`],
  ])("refuses a body with %s", async (_, body) => {
    await expect(partsOf(body, "xyz")).rejects.toBeInstanceOf(MalformedMultipart);
  });

  it("finds the boundary, quoted or not", () => {
    expect(multipartBoundary("multipart/form-data; boundary=----WebKitFormBoundary7MA4")).toBe(
      "----WebKitFormBoundary7MA4",
    );
    expect(multipartBoundary('multipart/form-data; charset=utf-8; boundary="a b:c"')).toBe("a b:c");
    expect(multipartBoundary("multipart/form-data")).toBeNull();
  });
});
