import { expect, test } from "@playwright/test";
import { e2e } from "../playwright.config";
import { attemptSignIn, signInViaApi } from "./support/sign-in";

test("an admin adds a user, who can sign in with the one-time password until deactivated", async ({
  page,
  browser,
}) => {
  const email = `new-${Date.now()}@taqweem.local`;
  await signInViaApi(page, e2e.admin);
  await page.goto("/en/users");

  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Name").fill("Nadia Editor");
  await page.getByLabel("Role", { exact: true }).selectOption("editor");
  await page.getByRole("button", { name: "Add user" }).click();
  const password = (await page.getByTestId("one-time-password").textContent())?.trim() ?? "";
  expect(password).toMatch(/^\S{16}$/);

  const row = page.getByTestId("user-row").filter({ hasText: email });
  await expect(row.getByRole("combobox", { name: "Role of Nadia Editor" })).toHaveValue("editor");
  await row.getByRole("combobox", { name: "Role of Nadia Editor" }).selectOption("viewer");
  await expect(row.getByRole("combobox", { name: "Role of Nadia Editor" })).toHaveValue("viewer");

  // Adding the same address again is refused with a translated reason.
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Name").fill("Nadia Again");
  await page.getByRole("button", { name: "Add user" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(
    "A user with this email address is already a member of your organisation.",
  );

  const newcomer = await browser.newPage();
  expect(await attemptSignIn(newcomer, { email, password })).toBe(true);
  await newcomer.close();

  await row.getByRole("button", { name: "Deactivate" }).click();
  await expect(row.getByText("Deactivated")).toBeVisible();
  await expect(row.getByRole("button", { name: "Reactivate" })).toBeVisible();
  const afterwards = await browser.newPage();
  expect(await attemptSignIn(afterwards, { email, password })).toBe(false);
  await afterwards.close();
});
