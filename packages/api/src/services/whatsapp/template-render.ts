import type { Locale, WaTemplateKey } from "@taqweem/db";

const eventVariables = [
  "title",
  "description",
  "location",
  "organisers",
  "category",
  "date",
  "time",
  "endDate",
  "endTime",
  "link",
] as const;

/** The variables each template may use, written as {{name}}. */
export const templateVariables: Record<WaTemplateKey, readonly string[]> = {
  "event.published": eventVariables,
  "event.cancelled": eventVariables,
  "event.moved": [...eventVariables, "previousDate", "previousTime"],
};

/** Built-in wording, used until an organisation writes its own. */
export const defaultTemplates: Record<WaTemplateKey, Record<Locale, string>> = {
  "event.published": {
    en: "📅 New event: {{title}}\n🗓 {{date}}, {{time}}\n📍 {{location}}\n{{description}}\n{{link}}",
    ar: "📅 فعالية جديدة: {{title}}\n🗓 {{date}}، {{time}}\n📍 {{location}}\n{{description}}\n{{link}}",
  },
  "event.cancelled": {
    en: "❌ Cancelled: {{title}}\n🗓 was on {{date}}, {{time}}",
    ar: "❌ تم إلغاء: {{title}}\n🗓 كانت في {{date}}، {{time}}",
  },
  "event.moved": {
    en: "🔁 New date for {{title}}\n🗓 now {{date}}, {{time}}\n⏮ was {{previousDate}}, {{previousTime}}\n📍 {{location}}\n{{link}}",
    ar: "🔁 موعد جديد لـ {{title}}\n🗓 الآن {{date}}، {{time}}\n⏮ كان {{previousDate}}، {{previousTime}}\n📍 {{location}}\n{{link}}",
  },
};

// A name, or a dotted path such as "contact.name" (campaign templates).
const VARIABLE = /\{\{\s*([a-zA-Z]+(?:\.[a-zA-Z]+)?)\s*\}\}/g;

/** Variables a body uses that are not among `allowed` (in order of first use, each once). */
export function unknownVariables(allowed: readonly string[], body: string): string[] {
  const known = new Set(allowed);
  return [...new Set([...body.matchAll(VARIABLE)].map((match) => match[1]!))].filter(
    (name) => !known.has(name),
  );
}

/**
 * Fills in the variables. A line whose variables are all empty is left out, so an event without a
 * place or link does not leave a dangling "📍".
 */
export function renderTemplate(body: string, values: Record<string, string>): string {
  return body
    .split("\n")
    .flatMap((line) => {
      const names = [...line.matchAll(VARIABLE)].map((match) => match[1]!);
      if (names.length > 0 && names.every((name) => !values[name]?.trim())) return [];
      return [line.replace(VARIABLE, (_, name: string) => values[name] ?? "")];
    })
    .join("\n")
    .trim();
}
