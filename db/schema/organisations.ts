import { sql } from "drizzle-orm";
import { countryCodes, organisationTypes } from "./values";
import { pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";

export const organisationTypeEnum = pgEnum("organisation_type", organisationTypes);
export const countryEnum = pgEnum("country", countryCodes);

export const organisations = pgTable(
  "organisations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    type: organisationTypeEnum("type").notNull(),
    country: countryEnum("country").notNull(),
    website: text("website"),
    // Set when an admin has checked the organisation is who it says: its input carries a "verified" mark.
    verifiedAt: timestamp("verified_at", { withTimezone: true }),
    verifiedBy: text("verified_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  // One row per organisation: "Yayasan X" registered twice from one country is the same body.
  (table) => [uniqueIndex("organisations_name_country_key").on(sql`lower(${table.name})`, table.country)],
);
