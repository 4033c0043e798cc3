import { describe, expect, it } from "vitest";
import { columnOfHeader } from "./columns";
import { readContactRow } from "./read-row";

describe("columnOfHeader", () => {
  it("finds columns by English or Arabic headers, whatever their case, spacing or hamza", () => {
    expect(columnOfHeader("Name EN")).toBe("name_en");
    expect(columnOfHeader(" name_ar ")).toBe("name_ar");
    expect(columnOfHeader("الاسم بالانجليزية")).toBe("name_en");
    expect(columnOfHeader("رقم الهاتف")).toBe("phone");
    expect(columnOfHeader("Mobile")).toBe("phone");
    expect(columnOfHeader("البريد الالكتروني")).toBe("email");
    expect(columnOfHeader("Favourite colour")).toBeNull();
  });
});

describe("readContactRow", () => {
  it("reads a row in the organisation's country, with the language named in either language", () => {
    const row = readContactRow(
      { name_ar: "سارة", phone: "050 123 4567", language: "العربيّة", tags: "a، b; a" },
      "AE",
    );
    expect(row.problems).toEqual([]);
    expect(row).toMatchObject({ phone: "+971501234567", consent: "unknown" });
    expect(row.fields).toMatchObject({ nameAr: "سارة", language: "ar", tags: ["a", "b"] });
  });

  it("lists every problem of a row at once", () => {
    const row = readContactRow({ phone: "12", language: "fr", consent: "maybe", email: "nope" }, "AE");
    expect(row.problems).toEqual(
      expect.arrayContaining([
        { column: "phone", key: "errors.csvInvalidPhone" },
        { column: "language", key: "errors.csvUnknownLanguage" },
        { column: "consent", key: "errors.csvInvalidConsent" },
        { column: "name_en", key: "errors.contactNameRequired" },
        { column: "email", key: "errors.invalidInput" },
      ]),
    );
  });
});
