import { expect, test } from "@playwright/test";
import { e2e } from "../playwright.config";
import { signInViaApi } from "./support/sign-in";

test("a viewer sees no admin pages, and the server refuses them", async ({ page }) => {
  await signInViaApi(page, e2e.viewer);
  await page.goto("/en");
  await expect(page.getByTestId("user-role")).toHaveText("Viewer");
  const nav = page.getByRole("navigation", { name: "Main navigation" });
  await expect(nav.getByRole("link", { name: "Home" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Users" })).toHaveCount(0);
  await expect(nav.getByRole("link", { name: "System" })).toHaveCount(0);

  for (const path of ["/en/users", "/en/system", "/en/sources", "/en/sources/review"]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "You cannot open this page" })).toBeVisible();
    await expect(page.getByRole("table")).toHaveCount(0);
  }

  // The API behind those pages refuses as well.
  expect((await page.request.get("/api/trpc/users.list")).status()).toBe(403);
  expect((await page.request.get("/api/trpc/system.overview")).status()).toBe(403);
  expect((await page.request.get("/api/trpc/sources.list")).status()).toBe(403);
});
