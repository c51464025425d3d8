import { boolean, index, pgEnum, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { organisations } from "./organisations";
import { languages, roles } from "./values";

export const roleEnum = pgEnum("role", roles);
export const languageEnum = pgEnum("language", languages);

export const users = pgTable("users", {
  id: text("id").primaryKey(),
  email: text("email").notNull().unique(),
  name: text("name").notNull(),
  passwordHash: text("password_hash").notNull(),
  role: roleEnum("role").notNull().default("contributor"),
  preferredLanguage: languageEnum("preferred_language").notNull().default("en"),
  individualExpert: boolean("individual_expert").notNull().default(false),
  // E-mail preferences (issue 15, item 5): the language of e-mails stays put when the person
  // switches the site's language on a device, which changes preferredLanguage.
  emailLanguage: languageEnum("email_language").notNull().default("en"),
  emailReceipts: boolean("email_receipts").notNull().default(true),
  emailDecisions: boolean("email_decisions").notNull().default(true),
  emailDigest: boolean("email_digest").notNull().default(false),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  // Set when the person deleted their account: the row stays as a tombstone their input still
  // points at, with name, e-mail and password replaced (decision 036).
  deletedAt: timestamp("deleted_at", { withTimezone: true }),
});

export const sessions = pgTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    expiresAt: timestamp("expires_at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (table) => [index("sessions_user_id_idx").on(table.userId)],
);

export const organisationMembers = pgTable(
  "organisation_members",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "restrict" }),
    joinedAt: timestamp("joined_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.userId, table.organisationId] })],
);
