import { expect, type Page, test } from "@playwright/test";
import { e2e } from "../playwright.config";
import { type Locale, messagesFor } from "./support/messages";
import { signInViaApi } from "./support/sign-in";
import { createUserViaApi } from "./support/users";

const newPassword = "cedar-lantern-harbour-91";
const uniqueEmail = (label: string) =>
  `${label}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@taqweem.local`;

async function fillPasswordForm(
  page: Page,
  m: ReturnType<typeof messagesFor>,
  current: string,
  next: string,
) {
  await page.getByLabel(m("password.current"), { exact: true }).fill(current);
  await page.getByLabel(m("password.new"), { exact: true }).fill(next);
  await page.getByLabel(m("password.repeat"), { exact: true }).fill(next);
  await page.getByRole("button", { name: m("password.submit") }).click();
}

for (const locale of ["en", "ar"] as const satisfies Locale[]) {
  const m = messagesFor(locale);

  test(`${locale}: a user changes their password from the user menu; their other session ends`, async ({
    page,
    browser,
  }) => {
    const account = { email: uniqueEmail(`change-${locale}`), password: "first-password-of-mine" };
    await createUserViaApi(browser, { ...account, name: "Salma Change", role: "editor" });
    await signInViaApi(page, account);
    const elsewhere = await browser.newPage();
    await signInViaApi(elsewhere, account);

    await page.goto(`/${locale}/calendar`);
    await page.locator("summary", { hasText: m("userMenu.open") }).click();
    await page.getByRole("link", { name: m("userMenu.changePassword") }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/password$`));
    await expect(page.getByRole("heading", { name: m("password.title"), level: 1 })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("dir", locale === "ar" ? "rtl" : "ltr");

    // The rules are explained in the reader's language.
    await fillPasswordForm(page, m, account.password, "too-short");
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(m("errors.passwordTooShort"));
    await fillPasswordForm(page, m, "not-my-password", newPassword);
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(m("errors.wrongCurrentPassword"));

    await fillPasswordForm(page, m, account.password, newPassword);
    await expect(page.getByRole("main").getByRole("status")).toHaveText(m("password.changed"));

    // This browser stays signed in; the other one is sent to the login page at its next request.
    await page.goto(`/${locale}/calendar`);
    await expect(page).toHaveURL(new RegExp(`/${locale}/calendar`));
    await elsewhere.goto(`/${locale}/calendar`);
    await expect(elsewhere).toHaveURL(new RegExp(`/${locale}/login`));
    await elsewhere.close();
  });

  test(`${locale}: signing in with a reset password leads to a forced change before anything else`, async ({
    page,
    browser,
  }) => {
    const email = uniqueEmail(`reset-${locale}`);
    await createUserViaApi(browser, {
      email,
      password: "original-password-here",
      name: "Omar Reset",
      role: "viewer",
    });
    // The admin resets it on the Users page, in the same language, and is shown the one-time password.
    const admin = await browser.newPage();
    await signInViaApi(admin, e2e.admin);
    await admin.goto(`/${locale}/users`);
    const row = admin.getByTestId("user-row").filter({ hasText: email });
    await row.getByRole("button", { name: new RegExp(`^${m("users.resetPassword")}`) }).click();
    await admin
      .getByRole("dialog")
      .getByRole("button", { name: m("users.reset.confirm"), exact: true })
      .click();
    const oneTime = (await admin.getByTestId("one-time-password").textContent())?.trim() ?? "";
    expect(oneTime).toMatch(/^\S{16}$/);
    await admin.close();

    await page.goto(`/${locale}/login`);
    await page.getByLabel(m("login.email")).fill(email);
    await page.getByLabel(m("login.password")).fill(oneTime);
    await page.getByRole("button", { name: m("login.submit") }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/password$`));
    await expect(page.getByRole("heading", { name: m("password.forcedTitle"), level: 1 })).toBeVisible();

    // Nothing else opens until the password is changed, neither pages nor the API.
    await page.goto(`/${locale}/calendar`);
    await expect(page).toHaveURL(new RegExp(`/${locale}/password$`));
    expect((await page.request.get("/api/trpc/notifications.unreadCount")).status()).toBe(403);

    await fillPasswordForm(page, m, oneTime, newPassword);
    await expect(page).toHaveURL(new RegExp(`/${locale}$`));
    await page.goto(`/${locale}/calendar`);
    await expect(page).toHaveURL(new RegExp(`/${locale}/calendar`));
  });
}
