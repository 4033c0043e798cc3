import type { WaTemplateKey } from "@taqweem/db";
import { fail } from "../../domain-error";
import { errorKeys } from "../../errors";
import type { Executor } from "../tx";
import { type EventChange, loadEventForTemplate, renderAnnouncement } from "./announce";
import type { EventForTemplate } from "./event-values";
import type { TemplateBodies } from "./template-inputs";

const hour = 3_600_000;

/** Stands in for an event when an admin previews a template without choosing one. */
export function sampleEvent(now: Date): EventForTemplate {
  const startsAt = new Date(Math.ceil(now.getTime() / hour) * hour + 7 * 24 * hour);
  return {
    titleEn: "Annual cultural evening",
    titleAr: "الأمسية الثقافية السنوية",
    descriptionEn: "Music, poetry and dinner for staff and families.",
    descriptionAr: "موسيقى وشعر وعشاء للموظفين وعائلاتهم.",
    locationEn: "Main hall",
    locationAr: "القاعة الرئيسية",
    organisersEn: "Events team",
    organisersAr: "فريق الفعاليات",
    startsAt,
    endsAt: new Date(startsAt.getTime() + 3 * hour),
    allDay: false,
    timeZone: "Asia/Dubai",
    link: "https://example.org/events/cultural-evening",
    category: { nameEn: "Culture", nameAr: "ثقافة" },
  };
}

/** Renders template bodies with one of the organisation's events (or a sample event). */
export async function previewTemplate(
  db: Executor,
  orgId: string,
  key: WaTemplateKey,
  bodies: TemplateBodies,
  eventId?: string,
) {
  let event: EventForTemplate = sampleEvent(new Date());
  if (eventId) {
    const found = await loadEventForTemplate(db, eventId);
    if (!found || found.orgId !== orgId) fail("not_found", errorKeys.notFound);
    event = found;
  }
  const change: EventChange =
    key === "event.moved"
      ? {
          kind: "moved",
          previous: {
            startsAt: new Date(event.startsAt.getTime() - 24 * hour),
            endsAt: new Date(event.endsAt.getTime() - 24 * hour),
          },
        }
      : { kind: key === "event.cancelled" ? "cancelled" : "published" };
  return renderAnnouncement(event, bodies, change);
}
