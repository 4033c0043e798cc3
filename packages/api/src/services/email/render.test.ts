import { describe, expect, it } from "vitest";
import { renderNoticeEmail } from "./render";

const copy = {
  subject: "تذكير: يوم مفتوح",
  heading: "يوم مفتوح <script>alert(1)</script>",
  lines: ["تبدأ الجمعة، 1 مايو 2026 في 10:00"],
  actionLabel: "فتح الفعالية",
};

describe("notice e-mail", () => {
  it("is right-to-left in Arabic, escapes content and has a plain-text part", async () => {
    const { html, text } = await renderNoticeEmail({
      copy,
      locale: "ar",
      url: "https://taqweem.example/ar/events/1",
      orgName: "مؤسسة",
    });
    expect(html).toMatch(/<html[^>]*lang="ar"/);
    expect(html).toMatch(/<html[^>]*dir="rtl"/);
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;");
    expect(html).toContain('href="https://taqweem.example/ar/events/1"');
    expect(text).toContain("تبدأ الجمعة، 1 مايو 2026 في 10:00");
    expect(text).not.toMatch(/<(html|body|a|p)\b/);
  });

  it("is left-to-right in English, with headings left as written in the text part", async () => {
    const { html, text } = await renderNoticeEmail({
      copy: { ...copy, heading: "Open day" },
      locale: "en",
      url: "https://taqweem.example/en/events/1",
      orgName: "Org",
    });
    expect(html).toMatch(/<html[^>]*dir="ltr"/);
    expect(text).toContain("Open day");
  });
});
