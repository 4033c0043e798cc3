import { expect, test } from "@playwright/test";
import { e2e } from "../playwright.config";
import { createEvent, dayCell, openMonth, uniqueSuffix } from "./support/calendar";
import { messagesFor } from "./support/messages";
import { expectReadsLeftToRight } from "./support/reading-order";
import { signInViaApi } from "./support/sign-in";
import { createSession, simulateScan, waitForWaWorker } from "./support/whatsapp";

const t = messagesFor("ar");

test("in Arabic, phone numbers in the WhatsApp test send keep their left-to-right order", async ({
  page,
}) => {
  const name = `رقم الاستقبال ${uniqueSuffix()}`;
  await signInViaApi(page, e2e.admin);
  await waitForWaWorker(page);
  await page.goto("/ar/whatsapp");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  const card = await createSession(page, t, name);
  await card.getByRole("button", { name: t("whatsapp.link.withQr") }).click();
  await expect(card.getByTestId("wa-qr")).toBeVisible();
  await simulateScan(card, t);

  await page.goto("/ar/whatsapp/messages");
  const form = page.getByTestId("test-send-form");
  await form
    .getByLabel(t("whatsapp.testSend.session"))
    .selectOption({ label: `${name} (${t("whatsapp.statuses.connected")})` });

  // The hint's example number, inside an Arabic sentence.
  const phone = form.getByLabel(t("whatsapp.testSend.phone"));
  const phoneId = await phone.getAttribute("id");
  const hint = page.locator(`#${phoneId}-hint`);
  await expectReadsLeftToRight(hint, "+971 50 123 4567");

  // The error's example number, likewise.
  await phone.fill("call me");
  await form.getByRole("textbox", { name: t("whatsapp.testSend.body") }).fill(`تجربة ${uniqueSuffix()}`);
  await form.getByRole("button", { name: t("whatsapp.testSend.submit") }).click();
  await expectReadsLeftToRight(page.locator(`#${phoneId}-error`), "+971 50 123 4567");

  // The confirmation names the number it normalised, as "+971501234567", not "971501234567+".
  await phone.fill("050 123 4567");
  await form.getByRole("button", { name: t("whatsapp.testSend.submit") }).click();
  const status = form.getByRole("status");
  await expect(status).toContainText(t("whatsapp.testSend.queued").split("<")[0]!);
  const number = await expectReadsLeftToRight(status, "+971501234567");
  expect(number.ltrIsolate).toBe(true);
  await expect(status.locator("bdi[dir=ltr]")).toHaveText("+971501234567");
});

test('in Arabic, the calendar\'s "+2 more" keeps its sign before the number', async ({ page }) => {
  const suffix = uniqueSuffix();
  await signInViaApi(page, e2e.admin);
  // Six events on one day: the month grid shows four rows and a "+2" link (10:00–11:00 Dubai).
  for (let index = 0; index < 6; index++) {
    await createEvent(page, {
      titleEn: `Busy day ${index} ${suffix}`,
      titleAr: `يوم مزدحم ${index} ${suffix}`,
      startsAt: new Date(`2031-02-12T06:0${index}:00Z`),
      endsAt: new Date(`2031-02-12T07:0${index}:00Z`),
    });
  }
  await openMonth(page, "/ar/calendar?view=month&date=2031-02-01", "فبراير 2031");
  const more = dayCell(page, "2031-02-12").locator(".fc-daygrid-more-link");
  await expect(more).toContainText(t("calendar.more", { signed: "" }).trim());
  const text = (await more.textContent())!.replace(/[\u2066-\u2069]/g, "");
  const count = text.match(/\+(\d+)/)![1]!;
  await expectReadsLeftToRight(more, `+${count}`);
});
