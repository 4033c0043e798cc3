import { describe, expect, it } from "vitest";
import { sampleEvent } from "../whatsapp/template-preview";
import { renderTemplate, unknownVariables } from "../whatsapp/template-render";
import { campaignTemplateValues, campaignVariables, sampleContact } from "./template-values";

const org = { nameEn: "Culture House", nameAr: "بيت الثقافة", timeZone: "Asia/Dubai" };
// 18:30 in Dubai on Wednesday 10 March 2027 (2 Shawwal 1448), whatever zone the event was entered in.
const event = { ...sampleEvent(new Date()), startsAt: new Date("2027-03-10T14:30:00Z"), timeZone: "UTC" };

describe("campaign templates", () => {
  it("renders a recipient's values in their language, dates in the organisation's zone", () => {
    const body =
      "{{contact.honorific}} {{contact.name}}: {{event.title}}, {{event.date}} {{event.time}} ({{event.hijriDate}})";
    const context = { contact: sampleContact("en"), event, org };
    expect(renderTemplate(body, campaignTemplateValues(context, "en"))).toBe(
      "Dr Fatima Al Mansouri: Annual cultural evening, Wednesday, 10 March 2027 18:30 (Wednesday, 2 Shawwal 1448 AH)",
    );
    const arabic = renderTemplate(
      body,
      campaignTemplateValues({ ...context, contact: sampleContact("ar") }, "ar"),
    );
    expect(arabic).toContain("د. فاطمة المنصوري: الأمسية الثقافية السنوية");
    expect(arabic).toContain("6:30");
    expect(arabic).toContain("1448");
  });

  it("falls back to the other language's name and drops lines about a missing event", () => {
    const contact = { ...sampleContact("en"), nameAr: null };
    const values = campaignTemplateValues({ contact, event: null, org }, "ar");
    expect(renderTemplate("مرحبًا {{contact.name}}\n📍 {{event.place}}\n{{org.name}}", values)).toBe(
      "مرحبًا Fatima Al Mansouri\nبيت الثقافة",
    );
  });

  it("names the variables it does not know", () => {
    expect(
      unknownVariables(campaignVariables, "{{contact.name}} {{contact.phone}} {{title}} {{ event.place }}"),
    ).toEqual(["contact.phone", "title"]);
  });
});
