import { decodeHTML } from "entities";

// Elements whose content is not text a reader sees.
const hidden = /<(script|style|template)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const tag = /<\/?[a-zA-Z][^>]*>|<!--[\s\S]*?-->/g;

/**
 * Plain text of a snippet that may hold markup or entities (a JSON-LD description, an iCal
 * DESCRIPTION): tags dropped, entities decoded after that (so an encoded "&lt;b&gt;" stays text),
 * whitespace collapsed. Nothing from a site is ever kept or rendered as HTML. Empty text is null.
 */
export function plainText(value: unknown, max = 20_000): string | null {
  if (typeof value !== "string") return null;
  const text = /[<&]/.test(value) ? decodeHTML(value.replace(hidden, " ").replace(tag, " ")) : value;
  const collapsed = text.replace(/\s+/g, " ").trim();
  return collapsed === "" ? null : collapsed.slice(0, max);
}

const arabicLetters = /[\u0600-\u06FF]/g;

/** Whether a text is mostly Arabic script (for sources that publish one language without saying which). */
export function looksArabic(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, "");
  return letters.length > 0 && (text.match(arabicLetters)?.length ?? 0) * 2 >= letters.length;
}

/** An absolute http(s) URL resolved against `base`, or null. */
export function absoluteUrl(value: unknown, base: string): string | null {
  if (typeof value !== "string" || value.trim() === "") return null;
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === "http:" || url.protocol === "https:" ? url.toString() : null;
  } catch {
    return null;
  }
}
