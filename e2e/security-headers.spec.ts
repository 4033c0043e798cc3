import { expect, test } from "@playwright/test";
import { e2e } from "../playwright.config";
import { signInViaApi } from "./support/sign-in";

test("pages carry HSTS and a per-request script nonce, and run without CSP violations", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });

  const policies: string[] = [];
  let html = "";
  for (let i = 0; i < 2; i += 1) {
    const response = await page.goto("/en/login");
    const headers = response!.headers();
    expect(headers["strict-transport-security"]).toContain("max-age=");
    policies.push(headers["content-security-policy"]!);
    html = await response!.text();
  }
  const nonces = policies.map((policy) => {
    const scripts = policy.split(";").find((directive) => directive.trim().startsWith("script-src"))!;
    expect(scripts).not.toContain("'unsafe-inline'");
    return /'nonce-([^']+)'/.exec(scripts)?.[1];
  });
  expect(nonces[0]).toBeTruthy();
  expect(nonces[1]).not.toBe(nonces[0]);
  // Every script the server rendered carries this response's nonce ('strict-dynamic' then trusts
  // the chunks those scripts load).
  const scriptTags = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scriptTags.length).toBeGreaterThan(0);
  for (const tag of scriptTags) expect(tag).toContain(`nonce="${nonces[1]}"`);

  // The app works under the policy: sign in and use the calendar in both languages.
  await signInViaApi(page, e2e.admin);
  for (const locale of ["en", "ar"]) {
    await page.goto(`/${locale}/calendar`);
    await expect(page.locator(".fc")).toBeVisible();
  }
  await page.goto("/en/login");
  expect(violations).toEqual([]);
});
