import { jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { documentVersions } from "./consultations";

/**
 * An imported draft waiting to be confirmed or discarded: nothing reaches `sections` before the
 * admin has seen the preview. One per version; a second file for the other language joins it.
 */
export const sectionImports = pgTable("section_imports", {
  versionId: uuid("version_id")
    .primaryKey()
    .references(() => documentVersions.id, { onDelete: "cascade" }),
  // { en: { sections, preamble } | null, id: … } as read from the files (app/consultations/import).
  document: jsonb("document").$type<Record<"en" | "id", unknown>>().notNull(),
  importedBy: text("imported_by").references(() => users.id, { onDelete: "set null" }),
  importedAt: timestamp("imported_at", { withTimezone: true }).notNull().defaultNow(),
});
