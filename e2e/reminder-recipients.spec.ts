import { expect, test } from "@playwright/test";
import { e2e } from "../playwright.config";
import { dubaiDaysAhead } from "../tests/support/clock";
import { createEvent, mutate, uniqueSuffix } from "./support/calendar";
import { type Locale, messagesFor } from "./support/messages";
import { signInViaApi } from "./support/sign-in";
import { createUserViaApi } from "./support/users";

for (const locale of ["en", "ar"] as Locale[]) {
  test(`(${locale}) an editor sends a reminder on WhatsApp only to a known recipient, picked from a list`, async ({
    browser,
    page,
  }) => {
    const t = messagesFor(locale);
    const suffix = uniqueSuffix();
    const number = `+9715${String(Date.now()).slice(-8)}`;
    const department = { nameEn: `Protocol ${suffix}`, nameAr: `المراسم ${suffix}` };

    // The admin gives a department a WhatsApp number; an editor is made through the API.
    await signInViaApi(page, e2e.admin);
    await mutate(page, "departments.create", {
      ...department,
      emails: [],
      locale,
      whatsapp: { type: "contact", recipient: number },
      memberIds: [],
    });
    const editor = { email: `editor-${suffix}@taqweem.local`, password: `Reminder picker ${suffix}!` };
    await createUserViaApi(browser, { ...editor, name: `Editor ${suffix}`, role: "editor" });

    const context = await browser.newContext();
    const editorPage = await context.newPage();
    await signInViaApi(editorPage, editor);
    const event = await createEvent(editorPage, {
      titleEn: `Open day ${suffix}`,
      titleAr: `اليوم المفتوح ${suffix}`,
      startsAt: dubaiDaysAhead(10, "10:00"),
      endsAt: dubaiDaysAhead(10, "12:00"),
    });
    await editorPage.goto(`/${locale}/events/${event.id}`);
    await editorPage.getByRole("button", { name: t("reminders.new") }).click();
    const dialog = editorPage.getByRole("dialog", { name: t("reminders.newTitle") });

    // No free number or group to type: only the organisation's known recipients, the number
    // kept left to right inside the Arabic label.
    await expect(dialog.getByLabel(t("planning.whatsapp.phone"), { exact: true })).toHaveCount(0);
    await expect(dialog.getByText(t("planning.whatsapp.knownHint"))).toBeVisible();
    const known = dialog.getByLabel(t("planning.whatsapp.known"), { exact: true });
    const name = locale === "ar" ? department.nameAr : department.nameEn;
    await known.selectOption({ label: `${name} (\u2066${number}\u2069)` });
    await dialog.getByRole("radio", { name: t("reminders.offsets.day_before") }).check();
    await dialog.getByRole("button", { name: t("reminders.create") }).click();
    await expect(dialog).toBeHidden();

    const row = editorPage.getByTestId("reminder-row").filter({ hasText: number });
    await expect(row).toContainText(t("reminders.audience.whatsappNumber"));
    await expect(row.locator("bdi[dir=ltr]")).toHaveText(number);
    await context.close();
  });
}
