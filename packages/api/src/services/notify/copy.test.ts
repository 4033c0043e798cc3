import { describe, expect, it } from "vitest";
import { eventReminderCopy, taskCopy } from "./copy";

const event = {
  titleEn: null,
  titleAr: "اليوم المفتوح",
  locationEn: "Main hall",
  locationAr: null,
  allDay: false,
};
// Friday 1 May 2026, 10:00 in Dubai.
const start = new Date("2026-05-01T06:00:00Z");

describe("bilingual copy", () => {
  it("writes each language, falls back to the other for missing text, and keeps Latin digits", () => {
    const copy = eventReminderCopy(event, start, "Asia/Dubai");
    expect(copy.en.subject).toBe("Reminder: اليوم المفتوح, Friday, 1 May 2026 at 10:00");
    expect(copy.en.lines).toEqual(["Starts Friday, 1 May 2026 at 10:00", "Where: Main hall"]);
    expect(copy.ar.subject).toBe("تذكير: اليوم المفتوح، الجمعة، 1 مايو 2026 في 10:00");
    expect(copy.ar.lines[1]).toBe("المكان: Main hall");
  });

  it("shows an all-day event's date without a time", () => {
    expect(eventReminderCopy({ ...event, allDay: true }, start, "Asia/Dubai").en.lines[0]).toBe(
      "Starts Friday, 1 May 2026",
    );
  });

  it("quotes a comment, shortened", () => {
    const task = { titleEn: "Book the hall", titleAr: null, dueAt: null };
    const copy = taskCopy(
      { kind: "task_comment", author: "Mona", body: "x".repeat(400) },
      task,
      event,
      "Asia/Dubai",
    );
    expect(copy.en.subject).toBe("New comment on Book the hall");
    expect(copy.ar.lines[0]).toHaveLength("Mona: ".length + 280);
  });
});
