import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { e2e } from "../playwright.config";
import { createEvent, dayCell, openMonth, uniqueSuffix } from "./support/calendar";
import { signInViaApi } from "./support/sign-in";

const csvFile = (name: string, rows: string[]) => ({
  name,
  mimeType: "text/csv",
  buffer: Buffer.from(`${rows.join("\n")}\n`, "utf8"),
});

test("CSV: the export saves the view; an import is checked row by row, then saves all rows or none", async ({
  page,
}) => {
  const suffix = uniqueSuffix();
  const exported = `Annual report ${suffix}`;
  await signInViaApi(page, e2e.admin);
  await createEvent(page, {
    titleEn: exported,
    startsAt: new Date("2030-07-02T06:00:00Z"),
    endsAt: new Date("2030-07-02T07:00:00Z"),
  });
  await openMonth(page, "/en/calendar?view=month&date=2030-07-01", "July 2030");
  await expect(dayCell(page, "2030-07-02").getByText(exported)).toBeVisible();

  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export CSV" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^events-.*\.csv$/);
  const csv = await readFile((await download.path())!, "utf8");
  expect(csv).toMatch(/^\uFEFFid,title_en,title_ar,/);
  expect(csv).toContain(exported);

  await page.getByRole("button", { name: "Import CSV" }).click();
  const dialog = page.getByRole("dialog", { name: "Import events from CSV" });
  const header = "title_en,title_ar,starts_at,ends_at,link";
  await dialog
    .getByLabel("CSV file")
    .setInputFiles(
      csvFile("bad.csv", [
        header,
        `Good row ${suffix},,2030-07-08 10:00,2030-07-08 11:00,`,
        `Bad date ${suffix},,2030-07-32 10:00,2030-07-08 11:00,`,
        `Bad link ${suffix},,2030-07-08 10:00,2030-07-08 11:00,ftp://example.org`,
      ]),
    );
  await expect(dialog.getByTestId("csv-summary")).toHaveText("3 rows: 2 with errors.");
  const rows = dialog.getByTestId("csv-row");
  await expect(rows.nth(0)).toContainText("Ready");
  await expect(rows.nth(1)).toContainText("Starts (starts_at): Enter a valid date and time.");
  await expect(rows.nth(2)).toContainText(
    "Link (link): Enter a full web address starting with http:// or https://.",
  );
  await expect(dialog.getByRole("button", { name: "Import 3 events" })).toBeDisabled();

  await dialog
    .getByLabel("CSV file")
    .setInputFiles(
      csvFile("good.csv", [
        header,
        `Imported talk ${suffix},محاضرة مستوردة ${suffix},2030-07-08 10:00,2030-07-08 11:00,https://example.org`,
        `Imported visit ${suffix},,2030-07-09,2030-07-09,`,
      ]),
    );
  await expect(dialog.getByTestId("csv-summary")).toHaveText("2 rows: all ready to import.");
  await dialog.getByRole("button", { name: "Import 2 events" }).click();
  await expect(dialog.getByTestId("csv-imported")).toHaveText("2 events imported.");
  await dialog.getByRole("button", { name: "Close" }).first().click();
  await expect(dayCell(page, "2030-07-08").getByText(`Imported talk ${suffix}`)).toBeVisible();
  await expect(dayCell(page, "2030-07-09").getByText(`Imported visit ${suffix}`)).toBeVisible();
  await expect(page.getByText(`Good row ${suffix}`)).toHaveCount(0);
});

test("a member subscribes: the public feed link, and a private feed that can be turned off", async ({
  page,
}) => {
  await signInViaApi(page, e2e.admin);
  await page.goto("/en/calendar");
  await page.getByRole("button", { name: "Subscribe" }).click();
  const dialog = page.getByRole("dialog", { name: "Subscribe to the calendar" });
  await expect(dialog.getByTestId("public-feed-url")).toHaveValue(/\/api\/calendar\/public\.ics\?lang=en$/);

  await dialog.getByRole("button", { name: /Create my private link|Replace link/ }).click();
  const privateUrl = dialog.getByTestId("private-feed-url");
  await expect(privateUrl).toHaveValue(/\/api\/calendar\/feed\/[A-Za-z0-9_-]{43}\.ics$/);
  const url = await privateUrl.inputValue();
  const feed = await page.request.get(url);
  expect(feed.status()).toBe(200);
  expect(await feed.text()).toContain("BEGIN:VCALENDAR");

  await dialog.getByRole("button", { name: "Turn off" }).click();
  await expect(dialog.getByText("You have no private link yet.")).toBeVisible();
  expect((await page.request.get(url)).status()).toBe(404);
});
