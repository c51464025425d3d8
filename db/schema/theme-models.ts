import { bigint, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { consultations } from "./consultations";

/**
 * A consultation's trained theme model (app/themes/model.ts, decision 024), stored so that every
 * app server gives the same suggestions. `epoch` and `version` are those of theme_model_versions
 * it was trained from: when they have moved on, the model is out of date and a retrain is due.
 */
export const themeModels = pgTable("theme_models", {
  consultationId: uuid("consultation_id")
    .primaryKey()
    .references(() => consultations.id, { onDelete: "cascade" }),
  epoch: uuid("epoch").notNull(),
  version: bigint("version", { mode: "number" }).notNull(),
  model: text("model").notNull(),
  trainedOn: integer("trained_on").notNull(),
  trainMs: integer("train_ms").notNull(),
  trainedAt: timestamp("trained_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Consultations whose theme model should be trained again: written by a trigger whenever
 * theme_model_versions moves (a tag, a theme or a tagged text changed), claimed by the background
 * trainer of one app server with SKIP LOCKED.
 */
export const themeRetrainRequests = pgTable("theme_retrain_requests", {
  consultationId: uuid("consultation_id")
    .primaryKey()
    .references(() => consultations.id, { onDelete: "cascade" }),
  requestedAt: timestamp("requested_at", { withTimezone: true }).notNull().defaultNow(),
});
