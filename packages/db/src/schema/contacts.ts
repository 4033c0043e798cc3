import { type SQL, sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  boolean,
  check,
  index,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import type { ContactFilter } from "../contacts/filter";
import { events, searchFoldFrom, searchFoldTo } from "./calendar";
import { organisations } from "./organisations";
import { localeEnum, users } from "./users";
import { waSessions } from "./whatsapp";

export const contactConsents = ["opted_in", "opted_out", "unknown"] as const;
export type ContactConsent = (typeof contactConsents)[number];
export const contactConsentEnum = pgEnum("contact_consent", contactConsents);

/** How a consent was recorded (`contacts.consent_source`, `contact_consent_events.source`). */
export const consentSources = ["manual", "import", "whatsapp_reply"] as const;
export type ConsentSource = (typeof consentSources)[number];

/** What a contact is to an event (`event_contacts.role`). */
export const eventContactRoles = ["guest", "speaker", "partner", "media", "organiser"] as const;
export type EventContactRole = (typeof eventContactRoles)[number];

type ContactSearchColumns = Record<
  "nameEn" | "nameAr" | "organisation" | "position" | "email" | "phone",
  AnyPgColumn
>;

/**
 * Names, organisation, position, e-mail and phone in one lower-cased string with the calendar's
 * Arabic spelling folding (searchFoldFrom), so one trigram index serves every text search.
 */
export function contactSearchDocument(t: ContactSearchColumns): SQL {
  const fields = [t.nameEn, t.nameAr, t.organisation, t.position, t.email, t.phone];
  const joined = sql.join(
    fields.map((field) => sql`coalesce(${field}, '')`),
    sql` || ' ' || `,
  );
  return sql`translate(lower(${joined}), ${sql.raw(`'${searchFoldFrom}'`)}, ${sql.raw(`'${searchFoldTo}'`)})`;
}

/**
 * The institution's contacts. `phone` is E.164 and unique per organisation among contacts not
 * deleted; a deleted contact keeps its row (campaign recipients and consent history point at it).
 */
export const contacts = pgTable(
  "contacts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    nameEn: text("name_en"),
    nameAr: text("name_ar"),
    honorific: text("honorific"),
    organisation: text("organisation"),
    position: text("position"),
    phone: text("phone").notNull(),
    email: text("email"),
    language: localeEnum("language").notNull().default("en"),
    tags: text("tags").array().notNull().default(sql`'{}'`),
    notes: text("notes"),
    consent: contactConsentEnum("consent").notNull().default("unknown"),
    consentAt: timestamp("consent_at", { withTimezone: true }),
    consentSource: text("consent_source").$type<ConsentSource>(),
    consentBy: uuid("consent_by").references(() => users.id, { onDelete: "set null" }),
    favourite: boolean("favourite").notNull().default(false),
    /** Lower-cased display name (English, else Arabic): the table's order and keyset cursor. */
    sortName: text("sort_name")
      .notNull()
      .generatedAlwaysAs((): SQL => sql`lower(coalesce(${contacts.nameEn}, ${contacts.nameAr}, ''))`),
    search: text("search")
      .notNull()
      .generatedAlwaysAs((): SQL => contactSearchDocument(contacts)),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    deletedAt: timestamp("deleted_at", { withTimezone: true }),
  },
  (t) => [
    check("contacts_name_present", sql`coalesce(${t.nameEn}, ${t.nameAr}) is not null`),
    uniqueIndex("contacts_org_phone_key").on(t.orgId, t.phone).where(sql`${t.deletedAt} is null`),
    index("contacts_org_sort_idx").on(t.orgId, t.sortName, t.id).where(sql`${t.deletedAt} is null`),
    // Needs pg_trgm (calendar_extensions migration): substring search over the folded document.
    index("contacts_search_idx").using("gin", sql`${t.search} gin_trgm_ops`),
    index("contacts_tags_idx").using("gin", t.tags),
  ],
);

export const contactLists = pgTable(
  "contact_lists",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    description: text("description"),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("contact_lists_org_name_key").on(t.orgId, t.name)],
);

export const contactListMembers = pgTable(
  "contact_list_members",
  {
    listId: uuid("list_id")
      .notNull()
      .references(() => contactLists.id, { onDelete: "cascade" }),
    contactId: uuid("contact_id")
      .notNull()
      .references(() => contacts.id, { onDelete: "cascade" }),
    addedAt: timestamp("added_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.listId, t.contactId] }),
    index("contact_list_members_contact_idx").on(t.contactId),
  ],
);

/** A saved filter, evaluated when it is used (contactsMatching), never a frozen list. */
export const contactSegments = pgTable(
  "contact_segments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    filter: jsonb("filter").$type<ContactFilter>().notNull(),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("contact_segments_org_name_key").on(t.orgId, t.name)],
);

/**
 * A message received on one of the organisation's numbers. `sender` is what WhatsApp gave: an
 * E.164 phone, or a linked id ("123456789@lid") resolved to `phone` through the LID ↔ phone
 * mapping Baileys keeps in the session's key store (wa_auth_state, type "lid-mapping"); `phone`
 * stays null until the mapping is known.
 */
export const waInboundMessages = pgTable(
  "wa_inbound_messages",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    sessionId: uuid("session_id")
      .notNull()
      .references(() => waSessions.id, { onDelete: "cascade" }),
    providerMessageId: text("provider_message_id").notNull(),
    sender: text("sender").notNull(),
    phone: text("phone"),
    contactId: uuid("contact_id").references(() => contacts.id, { onDelete: "set null" }),
    body: text("body").notNull(),
    receivedAt: timestamp("received_at", { withTimezone: true }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("wa_inbound_messages_provider_key").on(t.sessionId, t.providerMessageId),
    index("wa_inbound_messages_contact_idx").on(t.contactId, t.receivedAt),
    index("wa_inbound_messages_unresolved_idx").on(t.sessionId, t.sender).where(sql`${t.phone} is null`),
  ],
);

/** Every change of a contact's consent: what it became, how, who recorded it, from which message. */
export const contactConsentEvents = pgTable(
  "contact_consent_events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    contactId: uuid("contact_id")
      .notNull()
      .references(() => contacts.id, { onDelete: "cascade" }),
    previous: contactConsentEnum("previous"),
    consent: contactConsentEnum("consent").notNull(),
    source: text("source").$type<ConsentSource>().notNull(),
    /** Null when the contact did it (a WhatsApp reply). */
    userId: uuid("user_id").references(() => users.id, { onDelete: "set null" }),
    inboundMessageId: uuid("inbound_message_id").references(() => waInboundMessages.id, {
      onDelete: "set null",
    }),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("contact_consent_events_contact_idx").on(t.contactId, t.at)],
);

/** An event's contacts (speakers, guests, ...): a campaign audience of its own. */
export const eventContacts = pgTable(
  "event_contacts",
  {
    orgId: uuid("org_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    eventId: uuid("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    contactId: uuid("contact_id")
      .notNull()
      .references(() => contacts.id, { onDelete: "cascade" }),
    role: text("role").$type<EventContactRole>().notNull().default("guest"),
    addedAt: timestamp("added_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.eventId, t.contactId] }),
    index("event_contacts_contact_idx").on(t.contactId),
  ],
);

export type Contact = typeof contacts.$inferSelect;
export type NewContact = typeof contacts.$inferInsert;
export type ContactList = typeof contactLists.$inferSelect;
export type ContactSegment = typeof contactSegments.$inferSelect;
export type ContactConsentEvent = typeof contactConsentEvents.$inferSelect;
export type WaInboundMessage = typeof waInboundMessages.$inferSelect;
