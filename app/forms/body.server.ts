import { invariantResponse } from "~/responses";
import { type PartHeading, multipartBoundary, readMultipart } from "./multipart.server";
import type { FieldErrors } from "./parse.server";

/** Every value posted for each field name, in the order sent. */
export type PostedFields = Record<string, string[]>;
export type PostedFile = { name: string; bytes: Uint8Array };

export type PostedBody = {
  /** Only text the database can store: a field with anything else is in `refused` instead. */
  fields: PostedFields;
  /** The first value of each field as typed, to send back into the page; passwords never are. */
  values: Record<string, string>;
  file: PostedFile | null;
  /** The error for each field (or the file's name) whose text the database cannot store. */
  refused: FieldErrors;
  /** Set when the body could not be read as a form, or the file was over its limit. */
  problem: "malformed" | "fileTooLarge" | null;
};

/** A form may carry one file, in the field named here, of at most `maxBytes`. */
export type FileField = { name: string; maxBytes: number };

// A text field longer than this is not something a person typed into one of our forms.
const TEXT_FIELD_MAX_BYTES = 100_000;

// Passwords are never sent back into a page, as on every well-run public form.
const NEVER_ECHOED = /password/i;

class FileTooLarge extends Error {}

/**
 * The server (server.js) fails a request's body stream with this once the body passes its route's
 * cap (`bodyLimitFor`), before reading the rest: the form pipeline answers it with a 413 page.
 */
export class BodyTooLarge extends Error {
  constructor(limit: number) {
    super(`the request body is over its limit of ${limit} bytes`);
  }
}

/**
 * Reads a posted body, URL-encoded or multipart. A file is refused as soon as it passes its limit,
 * without reading the rest into memory; text fields read before it (the file input is the last
 * field of our forms) are kept so nothing the user typed is lost.
 */
export async function readFormBody(request: Request, file?: FileField): Promise<PostedBody> {
  const { fields: posted, file: postedFile, problem } = await readFields(request, file);
  const fields: PostedFields = {};
  const values: Record<string, string> = {};
  const refused: FieldErrors = {};
  for (const [name, all] of Object.entries(posted)) {
    if (!NEVER_ECHOED.test(name) && all[0] !== undefined) values[name] = all[0];
    if (all.every(isStorableText)) fields[name] = all;
    else refused[name] = "validation.invalidCharacters";
  }
  if (file && postedFile && !isStorableText(postedFile.name)) {
    refused[file.name] = "validation.invalidCharacters";
    return { fields, values, file: null, refused, problem };
  }
  return { fields, values, file: postedFile, refused, problem };
}

/**
 * PostgreSQL's text cannot hold U+0000: the query would fail with a 500. It is the only such
 * character left by the time a value is here, because both body decoders turn bytes that are not
 * UTF-8 (lone surrogates included) into U+FFFD. No keyboard types it; it comes from pasted binary
 * or a hand-made request.
 */
function isStorableText(text: string): boolean {
  return !text.includes("\u0000");
}

async function readFields(
  request: Request,
  file?: FileField,
): Promise<Pick<PostedBody, "fields" | "file" | "problem">> {
  const fields: PostedFields = {};
  const add = (name: string, value: string) => {
    fields[name] ??= [];
    fields[name].push(value);
  };
  let posted: PostedFile | null = null;
  const contentType = request.headers.get("Content-Type") ?? "";
  try {
    if (!file || !contentType.startsWith("multipart/form-data")) {
      for (const [name, value] of await request.formData()) if (typeof value === "string") add(name, value);
      return { fields, file: null, problem: null };
    }
    const boundary = multipartBoundary(contentType);
    if (!boundary || !request.body) return { fields, file: null, problem: "malformed" };
    let part: { heading: PartHeading; chunks: Uint8Array[]; size: number } | null = null;
    await readMultipart(request.body, boundary, {
      start: (heading) => {
        part = { heading, chunks: [], size: 0 };
      },
      data: (chunk) => {
        if (!part) return;
        part.size += chunk.byteLength;
        const isFile = part.heading.filename !== undefined;
        if (part.size > (isFile ? file.maxBytes : TEXT_FIELD_MAX_BYTES))
          throw isFile ? new FileTooLarge() : new Error("field too long");
        part.chunks.push(chunk);
      },
      end: () => {
        if (!part) return;
        const { heading, chunks } = part;
        const bytes = new Uint8Array(Buffer.concat(chunks));
        if (heading.filename === undefined) add(heading.name, new TextDecoder().decode(bytes));
        else if (heading.name === file.name && heading.filename !== "" && bytes.byteLength > 0)
          posted = { name: heading.filename, bytes };
        part = null;
      },
    });
    return { fields, file: posted, problem: null };
  } catch (error) {
    invariantResponse(!(error instanceof BodyTooLarge), 413);
    return { fields, file: null, problem: error instanceof FileTooLarge ? "fileTooLarge" : "malformed" };
  }
}
