import { describe, expect, it } from "vitest";
import { eventChangeOf } from "./announce";
import { defaultTemplates, renderTemplate, templateVariables, unknownVariables } from "./template-render";

describe("announcement templates", () => {
  it("fills variables and leaves out lines whose variables are all empty", () => {
    expect(
      renderTemplate("Hi {{title}}\n📍 {{location}}\n{{ link }}", { title: "Day", location: "", link: "x" }),
    ).toBe("Hi Day\nx");
  });

  it("names variables a template does not offer", () => {
    expect(
      unknownVariables(templateVariables["event.published"], "{{title}} {{previousDate}} {{x}}"),
    ).toEqual(["previousDate", "x"]);
    expect(unknownVariables(templateVariables["event.moved"], defaultTemplates["event.moved"].ar)).toEqual(
      [],
    );
  });

  it("announces publishing, cancelling a published event and moving it; nothing else", () => {
    const at = (iso: string) => new Date(iso);
    const base = {
      status: "published" as const,
      startsAt: at("2027-01-01T10:00Z"),
      endsAt: at("2027-01-01T11:00Z"),
    };
    expect(eventChangeOf({ ...base, status: "draft" }, base)).toEqual({ kind: "published" });
    expect(eventChangeOf(base, { ...base, status: "cancelled" })).toEqual({ kind: "cancelled" });
    expect(eventChangeOf({ ...base, status: "draft" }, { ...base, status: "cancelled" })).toBeNull();
    expect(eventChangeOf(base, { ...base, endsAt: at("2027-01-01T12:00Z") })).toEqual({
      kind: "moved",
      previous: { startsAt: base.startsAt, endsAt: base.endsAt },
    });
    expect(eventChangeOf(base, base)).toBeNull();
  });
});
