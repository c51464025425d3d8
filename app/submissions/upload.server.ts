import { unstable_parseMultipartFormData } from "@remix-run/node";
import { ATTACHMENT_MAX_BYTES } from "./schema";

export type UploadedForm = {
  fields: Record<string, string>;
  file: { name: string; bytes: Uint8Array } | null;
  /** Set when the body could not be read as a form, or the file was over the limit. */
  problem: "malformed" | "tooLarge" | null;
};

class TooLarge extends Error {}

/**
 * Reads a multipart form with at most one file (field "attachment"). The file is refused as soon
 * as it passes the limit, without reading the rest into memory; text fields read before it (the
 * file input is the last field of our forms) are kept so nothing the user typed is lost.
 */
export async function readUploadForm(request: Request): Promise<UploadedForm> {
  const fields: Record<string, string> = {};
  let file: UploadedForm["file"] = null;
  const contentType = request.headers.get("Content-Type") ?? "";
  try {
    if (!contentType.startsWith("multipart/form-data")) {
      const form = await request.formData();
      for (const [key, value] of form) if (typeof value === "string" && !(key in fields)) fields[key] = value;
      return { fields, file, problem: null };
    }
    await unstable_parseMultipartFormData(request, async ({ name, filename, data }) => {
      const chunks: Uint8Array[] = [];
      let size = 0;
      const limit = filename === undefined ? 100_000 : ATTACHMENT_MAX_BYTES;
      for await (const chunk of data) {
        size += chunk.byteLength;
        if (size > limit) throw filename === undefined ? new Error("field too long") : new TooLarge();
        chunks.push(chunk);
      }
      const bytes = new Uint8Array(Buffer.concat(chunks));
      if (filename === undefined) {
        if (!(name in fields)) fields[name] = new TextDecoder().decode(bytes);
      } else if (name === "attachment" && filename !== "" && bytes.byteLength > 0) {
        file = { name: filename, bytes };
      }
      return undefined;
    });
    return { fields, file, problem: null };
  } catch (error) {
    return { fields, file: null, problem: error instanceof TooLarge ? "tooLarge" : "malformed" };
  }
}
