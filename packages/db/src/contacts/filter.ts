import { and, arrayOverlaps, eq, inArray, isNull, type SQL, sql } from "drizzle-orm";
import { z } from "zod";
import { searchFoldFrom, searchFoldTo } from "../schema/calendar";
import { contactConsents, contactListMembers, contacts } from "../schema/contacts";
import { locales } from "../schema/users";

const values = <T extends z.ZodType>(item: T) => z.array(item).max(200).optional();

/**
 * Which contacts a table view, an export or a saved segment means. Within one field any value
 * matches (tags: any of them); fields combine with AND; an absent or empty field does not filter.
 */
export const contactFilterSchema = z.object({
  /** Substring of names (folded Arabic), organisation, position, e-mail or phone. */
  search: z.string().trim().max(200).optional(),
  tags: values(z.string().trim().min(1).max(100)),
  languages: values(z.enum(locales)),
  organisations: values(z.string().trim().min(1).max(300)),
  consent: values(z.enum(contactConsents)),
  listIds: values(z.uuid()),
  favourite: z.boolean().optional(),
});
export type ContactFilter = z.infer<typeof contactFilterSchema>;

const fold = (column: SQL | string) =>
  sql`translate(lower(${column}), ${sql.raw(`'${searchFoldFrom}'`)}, ${sql.raw(`'${searchFoldTo}'`)})`;

/** The search term as a LIKE pattern over `contacts.search`, with LIKE's wildcards taken literally. */
function searchCondition(term: string): SQL {
  const escaped = term.replace(/[\\%_]/g, (char) => `\\${char}`);
  const text = sql`${contacts.search} like ${sql`'%' || ${fold(escaped)} || '%'`}`;
  // "050 123 4567" or "+971 50…": compare digits, without the trunk zero a local number starts with.
  const digits = term.replace(/\D/g, "").replace(/^0+/, "");
  if (digits.length < 3 || /[^\d\s()+.-]/.test(term)) return text;
  // The document holds the phone too: both alternatives use the trigram index.
  return sql`(${text} or ${contacts.search} like ${`%${digits}%`})`;
}

/**
 * The contacts of `orgId` that `filter` selects, deleted ones excluded: a condition over the
 * `contacts` table for `select ... from contacts where contactsMatching(...)`. Consent is only
 * filtered when the filter says so; a campaign snapshot still excludes opted-out contacts itself.
 */
export function contactsMatching(orgId: string, filter: ContactFilter): SQL {
  const conditions: Array<SQL | undefined> = [eq(contacts.orgId, orgId), isNull(contacts.deletedAt)];
  if (filter.search) conditions.push(searchCondition(filter.search));
  if (filter.tags?.length) conditions.push(arrayOverlaps(contacts.tags, filter.tags));
  if (filter.languages?.length) conditions.push(inArray(contacts.language, filter.languages));
  if (filter.organisations?.length)
    conditions.push(
      inArray(
        sql`lower(${contacts.organisation})`,
        filter.organisations.map((name) => name.toLowerCase()),
      ),
    );
  if (filter.consent?.length) conditions.push(inArray(contacts.consent, filter.consent));
  if (filter.listIds?.length)
    conditions.push(
      sql`exists (select 1 from ${contactListMembers} where ${contactListMembers.contactId} = ${contacts.id} and ${inArray(contactListMembers.listId, filter.listIds)})`,
    );
  if (filter.favourite !== undefined) conditions.push(eq(contacts.favourite, filter.favourite));
  return and(...conditions)!;
}
