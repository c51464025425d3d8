import { integer, pgTable, text, unique, uuid } from "drizzle-orm/pg-core";
import { consultations } from "./consultations";

export const themes = pgTable(
  "themes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    consultationId: uuid("consultation_id")
      .notNull()
      .references(() => consultations.id, { onDelete: "cascade" }),
    key: text("key").notNull(),
    position: integer("position").notNull(),
    labelEn: text("label_en").notNull(),
    labelId: text("label_id").notNull(),
    descriptionEn: text("description_en").notNull(),
    descriptionId: text("description_id").notNull(),
    keywordsEn: text("keywords_en").array().notNull().default([]),
    keywordsId: text("keywords_id").array().notNull().default([]),
  },
  (table) => [unique("themes_key_key").on(table.consultationId, table.key)],
);
