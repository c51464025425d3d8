// Keyset pagination: the page size, the cursor after a page's last row, and the section-order key.
import { sql } from "drizzle-orm";
import { schema } from "#db/client.server";

const { sections } = schema;

export const PAGE_SIZE = 50;

export type Cursor = [number, string, string];

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString("base64url");
}

export function decodeCursor(text: string | undefined): Cursor | null {
  if (!text) return null;
  try {
    const value = JSON.parse(Buffer.from(text, "base64url").toString("utf8"));
    if (
      Array.isArray(value) &&
      value.length === 3 &&
      typeof value[0] === "number" &&
      typeof value[1] === "string" &&
      typeof value[2] === "string"
    ) {
      return value as Cursor;
    }
  } catch {
    // A cursor that is not ours starts from the first page.
  }
  return null;
}

export const sectionPosition = sql<number>`coalesce(${sections.position}, -1)`;
