import { expect, test } from "@playwright/test";
import { e2e } from "../playwright.config";
import { signInViaApi } from "./support/sign-in";

test("an admin signs in through the form and reads the shell in English, then in Arabic", async ({
  page,
}) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/en\/login/);
  await page.getByLabel("Email").fill(e2e.admin.email);
  await page.getByLabel("Password").fill(e2e.admin.password);
  await page.getByRole("button", { name: "Sign in" }).click();

  await expect(page).toHaveURL(/\/en$/);
  await expect(page.locator('html[lang="en"][dir="ltr"]')).toHaveCount(1);
  await expect(page.getByRole("heading", { name: "Welcome, Admin" })).toBeVisible();
  const nav = page.getByRole("navigation", { name: "Main navigation" });
  await expect(nav.getByRole("link", { name: "Users" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "System" })).toBeVisible();

  await page.getByRole("link", { name: /العربية/ }).click();
  await expect(page).toHaveURL(/\/ar$/);
  await expect(page.locator('html[dir="rtl"][lang="ar"]')).toHaveCount(1);
  await expect(page.getByRole("heading", { name: "مرحبًا، Admin" })).toBeVisible();
  const arabicNav = page.getByRole("navigation", { name: "التنقل الرئيسي" });
  await expect(arabicNav.getByRole("link", { name: "المستخدمون" })).toBeVisible();
  await expect(arabicNav.getByRole("link", { name: "النظام" })).toBeVisible();

  // The choice is remembered: the bare address now opens in Arabic.
  await page.goto("/");
  await expect(page).toHaveURL(/\/ar$/);

  await page.locator("summary", { hasText: "فتح قائمة المستخدم" }).click();
  await page.getByRole("button", { name: "تسجيل الخروج" }).click();
  await expect(page).toHaveURL(/\/ar\/login$/);
  await page.goto("/ar");
  await expect(page).toHaveURL(/\/ar\/login\?callbackUrl=%2Far$/);
});

test("the language switch keeps the page and its query", async ({ page }) => {
  await page.goto("/en/login?callbackUrl=%2Fen%2Fsystem");
  await page.getByRole("link", { name: /العربية/ }).click();
  await expect(page).toHaveURL(/\/ar\/login\?callbackUrl=%2Fen%2Fsystem$/);
  await expect(page.getByLabel("البريد الإلكتروني")).toBeVisible();
  await expect(page.getByLabel("كلمة المرور")).toBeVisible();
});

test("on a phone the navigation folds behind a menu button", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInViaApi(page, e2e.admin);
  await page.goto("/en");
  // The menu opens a modal drawer, which makes the button behind it inert: hence includeHidden.
  const menu = page.getByRole("button", { name: "Menu", exact: true, includeHidden: true });
  const usersLink = page
    .getByRole("navigation", { name: "Main navigation" })
    .getByRole("link", { name: "Users" });
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(usersLink).toBeHidden();
  await menu.click();
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  await usersLink.click();
  await expect(page).toHaveURL(/\/en\/users$/);
  await expect(menu).toHaveAttribute("aria-expanded", "false");
});
