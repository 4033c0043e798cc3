import { expect, test } from "@playwright/test";
import { e2e } from "../playwright.config";
import { signInViaApi } from "./support/sign-in";

const kinds = ["web-jobs", "wa-worker", "scraper"];

test("the System page shows every worker kind online and pings them over the live stream", async ({
  page,
}) => {
  await signInViaApi(page, e2e.admin);
  const stream = page.waitForResponse((response) => response.url().endsWith("/api/stream"));
  await page.goto("/en/system");
  expect((await stream).headers()["content-type"]).toContain("text/event-stream");

  for (const kind of kinds) {
    const row = page.locator(`[data-testid="worker-row"][data-kind="${kind}"][data-online="true"]`).first();
    await expect(row).toBeVisible();
    await expect(row.getByTestId("worker-status")).toHaveText("Online");
  }
  await expect(page.getByTestId("stream-status")).toHaveAttribute("data-state", "open");

  await page.getByRole("button", { name: "Ping workers" }).click();
  for (const kind of kinds) {
    const result = page.getByTestId(`ping-result-${kind}`);
    await expect(result).toHaveAttribute("data-state", "answered");
    await expect(result.getByTestId("ping-rtt")).toHaveText(/^\d+ ms$/);
  }
});
