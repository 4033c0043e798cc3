import {
  type CountryCode,
  getExampleNumber,
  isSupportedCountry,
  parsePhoneNumberFromString,
} from "libphonenumber-js";
import mobileExamples from "libphonenumber-js/examples.mobile.json";

/**
 * The rules for WhatsApp addresses, shared by the API (which stores them), the WhatsApp worker
 * (which sends to them) and the browser (which checks them as they are typed). Pure: no database,
 * so the browser can import it through "@taqweem/db/whatsapp-addresses".
 */

/** An organisation's country until it says otherwise (ISO 3166 alpha-2; `organisations.country`). */
export const defaultCountry = "AE";

/** Whether `value` is a country whose numbering plan is known, so it can be an organisation's country. */
export const isCountryCode = (value: string): value is CountryCode => isSupportedCountry(value);

/**
 * A phone number as E.164 ("+971501234567"), reading a number written without a country code as
 * one of `country`; null if it is not a valid number.
 */
export function normalisePhone(raw: string, country: string): string | null {
  const phone = parsePhoneNumberFromString(raw, isCountryCode(country) ? country : defaultCountry);
  return phone?.isValid() ? phone.number : null;
}

/** A made-up mobile number of `country` in international format, as a placeholder ("+971 50 123 4567"). */
export function examplePhone(country: string): string {
  const example = getExampleNumber(isCountryCode(country) ? country : defaultCountry, mobileExamples);
  return example?.formatInternational() ?? "+971 50 123 4567";
}

/**
 * The shape of a phone number, before the numbering plan decides (normalisePhone): digits with an
 * optional leading "+", spaces, dashes, dots or brackets between them, 7 to 15 digits in all.
 */
export function looksLikePhone(raw: string): boolean {
  const value = raw.trim();
  if (!/^\+?[\d\s().-]+$/.test(value)) return false;
  const digits = value.replace(/\D/g, "").length;
  return digits >= 7 && digits <= 15;
}

/** A WhatsApp group's JID, e.g. "120363041234567890@g.us" (older groups: "971501234567-1612345678@g.us"). */
export const isGroupJid = (value: string) => /^\d[\d-]{4,60}@g\.us$/.test(value);
