import { describe, expect, it } from "vitest";
import { consentWordOf } from "./replies";

const words = { stop: ["stop", "إيقاف", "الغاء"], start: ["start", "اشتراك"] };

describe("consentWordOf", () => {
  it("matches a whole reply whatever its case, punctuation, hamza forms or diacritics", () => {
    for (const reply of ["STOP", " stop! ", "Stop.", "إيقاف", "ايقاف", "إيقَافْ", "إلغاء", "الغاء", "ألغاء"])
      expect(consentWordOf(reply, words)).toBe("stop");
    for (const reply of ["Start", "اشتراك", "إشتراك"]) expect(consentWordOf(reply, words)).toBe("start");
  });

  it("ignores replies that only contain a word, and anything else", () => {
    for (const reply of ["please stop calling", "don't stop", "شكرا", "", "  "])
      expect(consentWordOf(reply, words)).toBeNull();
  });
});
