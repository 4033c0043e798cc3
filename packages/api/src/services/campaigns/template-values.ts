import type { Locale } from "@taqweem/db";
import { type EventForTemplate, eventTemplateValues, formatHijriDate } from "../whatsapp/event-values";

/** The variables a campaign template may use, written as {{contact.name}}. */
export const campaignVariables = [
  "contact.name",
  "contact.honorific",
  "contact.organisation",
  "contact.position",
  "event.title",
  "event.date",
  "event.hijriDate",
  "event.time",
  "event.place",
  "event.link",
  "org.name",
] as const;

/** What a campaign message may say about its recipient, in both languages where a contact has both. */
export interface ContactForTemplate {
  nameEn: string | null;
  nameAr: string | null;
  honorific: string | null;
  organisation: string | null;
  position: string | null;
}

export interface CampaignTemplateContext {
  contact: ContactForTemplate;
  /** The campaign's event, if it has one; its variables are empty otherwise. */
  event: EventForTemplate | null;
  org: { nameEn: string; nameAr: string; timeZone: string };
}

const pick = (language: Locale, en: string | null, ar: string | null) =>
  (language === "ar" ? (ar ?? en) : (en ?? ar)) ?? "";

/**
 * A recipient's values in their language: their name in that language (or the other one), the
 * event's text likewise, and its date and time in the organisation's zone, also as a Hijri date.
 */
export function campaignTemplateValues(context: CampaignTemplateContext, language: Locale) {
  const { contact, event, org } = context;
  const values: Record<string, string> = {
    "contact.name": pick(language, contact.nameEn, contact.nameAr),
    "contact.honorific": contact.honorific ?? "",
    "contact.organisation": contact.organisation ?? "",
    "contact.position": contact.position ?? "",
    "org.name": pick(language, org.nameEn, org.nameAr),
  };
  if (!event) return values;
  const inOrgZone = { ...event, timeZone: org.timeZone };
  const eventValues = eventTemplateValues(inOrgZone, language);
  return {
    ...values,
    "event.title": eventValues.title!,
    "event.date": eventValues.date!,
    "event.hijriDate": formatHijriDate(event.startsAt, language, org.timeZone),
    "event.time": eventValues.time!,
    "event.place": eventValues.location!,
    "event.link": eventValues.link!,
  };
}

/** Stands in for a contact when staff preview or test a template without choosing one. */
export function sampleContact(language: Locale): ContactForTemplate {
  return language === "ar"
    ? {
        nameEn: "Fatima Al Mansouri",
        nameAr: "فاطمة المنصوري",
        honorific: "د.",
        organisation: "مركز الثقافة",
        position: "مديرة البرامج",
      }
    : {
        nameEn: "Fatima Al Mansouri",
        nameAr: "فاطمة المنصوري",
        honorific: "Dr",
        organisation: "Culture Centre",
        position: "Programme director",
      };
}
