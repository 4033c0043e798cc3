import { expect, test } from "@playwright/test";
import { e2e } from "../playwright.config";
import { dubaiDaysAhead } from "../tests/support/clock";
import { createEvent, uniqueSuffix } from "./support/calendar";
import { messagesFor } from "./support/messages";
import { signInViaApi } from "./support/sign-in";
import { createSession, messageItem, simulateScan, waitForWaWorker } from "./support/whatsapp";

const t = messagesFor("ar");

test("in Arabic, an admin links a number by pairing code, picks the announcement groups and sees a published event announced", async ({
  page,
}) => {
  const suffix = uniqueSuffix();
  const name = `مكتب الفعاليات ${suffix}`;
  await signInViaApi(page, e2e.admin);
  await waitForWaWorker(page);
  await page.goto("/ar/whatsapp");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("whatsapp.title"));
  const card = await createSession(page, t, name);

  // A pairing code instead of a QR: the number is checked first, and stays left to right.
  await card.getByRole("button", { name: t("whatsapp.link.withCode") }).click();
  const phone = card.getByLabel(t("whatsapp.link.phone"));
  await expect(phone).toHaveAttribute("dir", "ltr");
  await phone.fill("12");
  await card.getByRole("button", { name: t("whatsapp.link.getCode") }).click();
  await expect(card.getByText(t("errors.waInvalidPhone"))).toBeVisible();
  await phone.fill("+971 50 765 4321");
  await card.getByRole("button", { name: t("whatsapp.link.getCode") }).click();
  await expect(card.getByTestId("session-status")).toHaveText(t("whatsapp.statuses.pairing"));
  const code = card.getByTestId("wa-pairing-code");
  await expect(code).toHaveText(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  await expect(code).toHaveAttribute("dir", "ltr");

  await simulateScan(card, t);
  await expect(card.getByTestId("session-phone")).toHaveText("+971507654321");
  await expect(card.getByTestId("wa-group").first()).toContainText(/\d+/);

  // One group for both languages: one announcement with the English and the Arabic text.
  const group = (await card.getByTestId("wa-group").first().locator("span").first().textContent())!;
  const option = t("whatsapp.announcements.option", { group, session: name });
  // The staff group: the event below is internal, and internal events reach staff groups only.
  const audience = t("whatsapp.announcements.audienceNames.internal");
  for (const language of [t("planning.languageNames.en"), t("planning.languageNames.ar")]) {
    const select = page.getByLabel(t("whatsapp.announcements.label", { audience, language }));
    await select.selectOption({ label: option });
    await expect(select).toHaveValue(/.+/);
    await expect(card.getByText(t("whatsapp.groups.announces", { audience, language }))).toBeVisible();
  }

  // Created already published (as the calendar's dialog can), so announced at once.
  const titleAr = `يوم مفتوح ${suffix}`;
  const titleEn = `Open day ${suffix}`;
  const startsAt = dubaiDaysAhead(7, "10:00");
  await createEvent(page, {
    titleAr,
    titleEn,
    startsAt,
    endsAt: new Date(startsAt.getTime() + 2 * 3_600_000),
    status: "published",
  });

  await page.getByRole("link", { name: t("whatsapp.messages.title") }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("whatsapp.messages.title"));
  const session = page.getByLabel(t("whatsapp.messages.filters.session"));
  await session.selectOption({ label: name });
  await expect(page).toHaveURL(/session=/);
  const item = messageItem(page, titleAr);
  await expect(item).toContainText(titleEn);
  await expect(item).toContainText(t("whatsapp.messages.purposes.announcement"));
  await expect(item.getByTestId("message-recipient")).toHaveText(group);
  // Pacing stays at its defaults here: "typing…" first, then the simulated receipts.
  await expect(item).toHaveAttribute("data-status", "read", { timeout: 30_000 });
  await expect(item.getByTestId("message-status")).toHaveText(/قُرئت/);
});
