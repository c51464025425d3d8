/** A part's field name, and its file name when it carries a file (`""` when none was chosen). */
export type PartHeading = { name: string; filename: string | undefined };

/** What to do with each part as it streams in; a handler that throws stops the reading. */
export type PartHandlers = {
  start: (heading: PartHeading) => void;
  data: (chunk: Uint8Array) => void;
  end: () => void;
};

export class MalformedMultipart extends Error {}

// Far more than a browser's part headers (a disposition with a 255-character name, a type).
const HEADERS_MAX_BYTES = 16 * 1024;
const CRLF = Buffer.from("\r\n");
const HEADERS_END = Buffer.from("\r\n\r\n");

/** The boundary of a `multipart/form-data` Content-Type, or null when it names none. */
export function multipartBoundary(contentType: string): string | null {
  const match = /^multipart\/form-data\s*;(?:.*;)?\s*boundary=(?:"([^"]{1,70})"|([^\s;]{1,70}))/i.exec(contentType);
  return match?.[1] ?? match?.[2] ?? null;
}

/**
 * Reads a multipart body as it arrives (RFC 7578), handing each part's bytes on without keeping
 * them. Ours rather than Remix's reader, whose header parsing splits on every `;` and `=` and so
 * refused a file named `a=b.pdf` or `a;b.pdf` (remix-run/remix#10021; that parser is archived).
 */
export async function readMultipart(body: ReadableStream<Uint8Array>, boundary: string, handlers: PartHandlers) {
  // The first delimiter is not preceded by a line break; reading as if it were makes every delimiter alike.
  const delimiter = Buffer.from(`\r\n--${boundary}`);
  let pending: Buffer = Buffer.from(CRLF);
  // Declared wide: step() changes it, which the compiler does not follow into the loop below.
  let state = "preamble" as "preamble" | "delimiter" | "headers" | "content" | "done";

  const step = (): boolean => {
    if (state === "preamble") {
      const at = pending.indexOf(delimiter);
      if (at === -1) {
        pending = pending.subarray(Math.max(0, pending.length - delimiter.length + 1));
        return false;
      }
      pending = pending.subarray(at + delimiter.length);
      state = "delimiter";
    }
    if (state === "delimiter") {
      if (pending.length < 2) return false;
      if (pending[0] === 0x2d && pending[1] === 0x2d) {
        state = "done";
        return false;
      }
      const lineEnd = pending.indexOf(CRLF);
      if (lineEnd === -1) return guardHeaderSize();
      // Only transport padding (spaces, tabs) may follow a delimiter on its line.
      if (!/^[ \t]*$/.test(pending.subarray(0, lineEnd).toString("latin1"))) throw new MalformedMultipart();
      pending = pending.subarray(lineEnd + CRLF.length);
      state = "headers";
    }
    if (state === "headers") {
      // A part with no headers at all starts straight with the blank line.
      const empty = pending.subarray(0, 2).equals(CRLF);
      const end = empty ? 0 : pending.indexOf(HEADERS_END);
      if (end === -1) return guardHeaderSize();
      handlers.start(partHeading(new TextDecoder().decode(pending.subarray(0, end))));
      pending = pending.subarray(empty ? CRLF.length : end + HEADERS_END.length);
      state = "content";
    }
    if (state === "content") {
      const at = pending.indexOf(delimiter);
      if (at === -1) {
        // Hold back what could be the start of a delimiter split across chunks.
        const safe = Math.max(0, pending.length - delimiter.length + 1);
        if (safe > 0) handlers.data(pending.subarray(0, safe));
        pending = pending.subarray(safe);
        return false;
      }
      if (at > 0) handlers.data(pending.subarray(0, at));
      handlers.end();
      pending = pending.subarray(at + delimiter.length);
      state = "delimiter";
      return true;
    }
    return false;
  };
  const guardHeaderSize = () => {
    if (pending.length > HEADERS_MAX_BYTES) throw new MalformedMultipart();
    return false;
  };

  const reader = body.getReader();
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    if (state === "done") continue;
    pending = pending.length === 0 ? Buffer.from(read.value) : Buffer.concat([pending, read.value]);
    while (step()) {}
  }
  if (state !== "done") throw new MalformedMultipart();
}

/**
 * A part's Content-Disposition as browsers write it (the WHATWG "multipart/form-data" encoding):
 * quoted values end at the next quote, whatever `;` or `=` they hold, and carry `"`, CR and LF as
 * %22, %0D and %0A. An unquoted value (some non-browser clients) ends at the next `;`.
 */
function partHeading(headers: string): PartHeading {
  const line = headers.split("\r\n").find((header) => /^content-disposition\s*:/i.test(header));
  if (!line) throw new MalformedMultipart();
  let rest = line.slice(line.indexOf(":") + 1).trimStart();
  if (!/^form-data\b/i.test(rest)) throw new MalformedMultipart();
  rest = rest.slice("form-data".length);
  const parameters = new Map<string, string>();
  for (;;) {
    const key = /^\s*;\s*([^\s=;]+)\s*=\s*/.exec(rest);
    if (!key?.[1]) break;
    rest = rest.slice(key[0].length);
    let value: string;
    if (rest.startsWith('"')) {
      const close = rest.indexOf('"', 1);
      if (close === -1) throw new MalformedMultipart();
      value = rest.slice(1, close).replace(/%22|%0D|%0A/gi, (escaped) => decodeURIComponent(escaped));
      rest = rest.slice(close + 1);
    } else {
      const end = rest.search(/[;\s]|$/);
      value = rest.slice(0, end);
      rest = rest.slice(end);
    }
    const name = key[1].toLowerCase();
    if (!parameters.has(name)) parameters.set(name, value);
  }
  const name = parameters.get("name");
  if (name === undefined) throw new MalformedMultipart();
  return { name, filename: parameters.get("filename") };
}
