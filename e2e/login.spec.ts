import { expect, type Page, test } from "@playwright/test";
import { e2e } from "../playwright.config";

/** Fills and submits the English login form; returns once the server has answered. */
async function submitLogin(page: Page, email: string, password: string) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  const answered = page.waitForResponse((response) => response.request().method() === "POST");
  await page.getByRole("button", { name: "Sign in" }).click();
  await answered;
  // The form resets its fields when the action settles, just after the answer arrives: wait for
  // that, or the next attempt's password is typed and then wiped before the click.
  await expect(page.getByRole("button", { name: "Signing in…" })).toHaveCount(0);
}

// The form's own alert, not the router's announcer (which also has role="alert").
const formAlert = (page: Page) => page.getByRole("main").getByRole("alert");

test("a wrong password shows an error and creates no session", async ({ page }) => {
  await page.goto("/en/login");
  await submitLogin(page, e2e.admin.email, "not-the-password");

  await expect(formAlert(page)).toHaveText("The email or password is incorrect.");
  await expect(page).toHaveURL(/\/en\/login/);
  const cookies = await page.context().cookies();
  expect(cookies.map((cookie) => cookie.name)).not.toContain("authjs.session-token");

  // Still signed out: app pages send you back to the login page, and the API refuses.
  await page.goto("/en/users");
  await expect(page).toHaveURL(/\/en\/login\?callbackUrl=%2Fen%2Fusers$/);
  expect((await page.request.get("/api/trpc/me.get")).status()).toBe(401);
});

test("signing in returns to the page that was asked for", async ({ page }) => {
  await page.goto("/en/system");
  await expect(page).toHaveURL(/\/en\/login\?callbackUrl=%2Fen%2Fsystem$/);
  await submitLogin(page, e2e.admin.email, e2e.admin.password);
  await expect(page).toHaveURL(/\/en\/system$/);
  await expect(page.getByRole("heading", { name: "System", level: 1 })).toBeVisible();
});

test("repeated failures for one account are rate limited, in the reader's language", async ({ page }) => {
  const email = `nobody-${Date.now()}@taqweem.local`;
  await page.goto("/en/login");
  for (let attempt = 0; attempt < 5; attempt += 1) {
    await submitLogin(page, email, "wrong-password");
    await expect(formAlert(page)).toHaveText("The email or password is incorrect.");
  }
  await page.goto("/ar/login");
  await page.getByLabel("البريد الإلكتروني").fill(email);
  await page.getByLabel("كلمة المرور").fill("wrong-password");
  await page.getByRole("button", { name: "تسجيل الدخول" }).click();
  await expect(formAlert(page)).toHaveText(
    "محاولات فاشلة كثيرة. يُرجى الانتظار 15 دقيقة ثم المحاولة مرة أخرى.",
  );
});
