import { sql } from "drizzle-orm";
import { check, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { defaultCountry } from "../whatsapp/addresses";

export const organisations = pgTable(
  "organisations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slug: text("slug").notNull().unique(),
    nameEn: text("name_en").notNull(),
    nameAr: text("name_ar").notNull(),
    timeZone: text("time_zone").notNull().default("Asia/Dubai"),
    /** ISO 3166 alpha-2: phone numbers written without a country code are read as this country's. */
    country: text("country").notNull().default(defaultCountry),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [check("organisations_country_iso", sql`${table.country} ~ '^[A-Z]{2}$'`)],
);

export type Organisation = typeof organisations.$inferSelect;
