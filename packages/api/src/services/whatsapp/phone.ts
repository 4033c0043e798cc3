import { parsePhoneNumberFromString } from "libphonenumber-js";

/** A phone number as E.164 ("+971501234567"), reading numbers without a country code as UAE ones; null if invalid. */
export function normalisePhone(raw: string): string | null {
  const phone = parsePhoneNumberFromString(raw, "AE");
  return phone?.isValid() ? phone.number : null;
}
