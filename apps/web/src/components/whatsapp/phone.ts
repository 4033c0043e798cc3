/**
 * A first check of a phone number before asking the server, which decides for good (E.164, with
 * UAE as the default country): digits with an optional leading "+", spaces, dashes, dots or
 * brackets between them, 7 to 15 digits in all.
 */
export function looksLikePhone(raw: string): boolean {
  const value = raw.trim();
  if (!/^\+?[\d\s().-]+$/.test(value)) return false;
  const digits = value.replace(/\D/g, "").length;
  return digits >= 7 && digits <= 15;
}
