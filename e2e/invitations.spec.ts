import { expect, test } from "@playwright/test";
import { createUser, ensureOrganisation } from "@taqweem/api";
import { closeConnection, getDb } from "@taqweem/db";
import { e2e } from "../playwright.config";
import { signInViaApi } from "./support/sign-in";
import { createUserViaApi } from "./support/users";

/** Someone who already works in another organisation, made straight in the database. */
async function userOfAnotherOrganisation() {
  process.env.DATABASE_URL = `postgres://postgres:postgres@127.0.0.1:${e2e.pgPort}/taqweem`;
  const suffix = `${Date.now()}`;
  const account = { email: `elsewhere-${suffix}@taqweem.local`, password: "elsewhere-password-26" };
  try {
    const org = await ensureOrganisation(getDb(), { slug: `elsewhere-${suffix}`, name: "Elsewhere Museum" });
    await createUser(getDb(), { orgId: org.id, ...account, name: "Huda Elsewhere", role: "viewer" }, null);
  } finally {
    await closeConnection();
  }
  return account;
}

test("a user of another organisation is invited, accepts, and switches to the inviting organisation", async ({
  page,
  browser,
}) => {
  const account = await userOfAnotherOrganisation();
  const invited = await createUserViaApi(browser, { email: account.email, name: "Huda", role: "editor" });
  expect(invited).toMatchObject({ invited: true, temporaryPassword: null });

  // The admin sees the invitation, not a member.
  const admin = await browser.newPage();
  await signInViaApi(admin, e2e.admin);
  await admin.goto("/en/users");
  await expect(admin.getByTestId("invitation-row").filter({ hasText: account.email })).toContainText(
    "Invited",
  );
  await expect(admin.getByTestId("user-row").filter({ hasText: account.email })).toHaveCount(0);

  await signInViaApi(page, account);
  await page.goto("/en");
  await expect(page.getByTestId("org-name")).toHaveText("Elsewhere Museum");
  const invitation = page.getByTestId("invitation");
  await expect(invitation).toContainText("Demo Institution invites you to join as Editor.");
  await invitation.getByRole("button", { name: "Accept" }).click();
  await expect(page.getByText("You are now a member of Demo Institution.")).toBeVisible();
  await page.getByRole("button", { name: "Switch to Demo Institution" }).click();
  await expect(page.getByTestId("org-name")).toHaveText("Demo Institution");
  await expect(page.getByTestId("user-role")).toHaveText("Editor");

  await admin.reload();
  await expect(admin.getByTestId("user-row").filter({ hasText: account.email })).toBeVisible();
  await admin.close();
});
