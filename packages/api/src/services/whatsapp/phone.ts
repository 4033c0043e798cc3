import { defaultCountry, normalisePhone, organisations } from "@taqweem/db";
import { eq } from "drizzle-orm";
import { fail } from "../../domain-error";
import { type ErrorKey, errorKeys } from "../../errors";
import type { Executor } from "../tx";
import type { WhatsappRecipient } from "./known-recipients";

/** The organisation's country: a phone number written without a country code is read as its. */
export async function orgCountry(db: Executor, orgId: string): Promise<string> {
  const [org] = await db
    .select({ country: organisations.country })
    .from(organisations)
    .where(eq(organisations.id, orgId));
  return org?.country ?? defaultCountry;
}

/** `raw` as E.164, read in the organisation's country; a domain error with `key` if it is no number. */
export async function orgPhone(db: Executor, orgId: string, raw: string, key: ErrorKey): Promise<string> {
  return normalisePhone(raw, await orgCountry(db, orgId)) ?? fail("invalid", key);
}

/** A WhatsApp destination as it is stored: a contact's number in E.164 (the schema checked group JIDs). */
async function storedTarget<T extends WhatsappRecipient>(db: Executor, orgId: string, target: T): Promise<T> {
  if (target.type === "group") return target;
  return { ...target, recipient: await orgPhone(db, orgId, target.recipient, errorKeys.invalidInput) };
}

/** A department's or reminder's fields with their WhatsApp destination, if any, as it is stored. */
export async function withStoredWhatsapp<T extends { whatsapp?: WhatsappRecipient | null }>(
  db: Executor,
  orgId: string,
  input: T,
): Promise<T> {
  return input.whatsapp ? { ...input, whatsapp: await storedTarget(db, orgId, input.whatsapp) } : input;
}
