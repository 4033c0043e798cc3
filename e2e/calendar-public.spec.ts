import { expect, test } from "@playwright/test";
import { e2e } from "../playwright.config";
import { createEvent, dayCell, openMonth, uniqueSuffix } from "./support/calendar";
import { signInViaApi } from "./support/sign-in";

test("the public calendar shows published public events without sign-in, and no drafts", async ({
  page,
  browser,
}) => {
  const suffix = uniqueSuffix();
  const day = { startsAt: new Date("2030-05-20T14:00:00Z"), endsAt: new Date("2030-05-20T16:00:00Z") };
  const published = { titleEn: `Open day ${suffix}`, titleAr: `اليوم المفتوح ${suffix}` };
  const draft = `Rehearsal ${suffix}`;
  const internal = `Budget review ${suffix}`;
  await signInViaApi(page, e2e.admin);
  await createEvent(page, { ...published, ...day, visibility: "public", status: "published" });
  await createEvent(page, { titleEn: draft, ...day, visibility: "public", status: "draft" });
  await createEvent(page, { titleEn: internal, ...day, visibility: "internal", status: "published" });

  const visitor = await browser.newPage();
  await openMonth(visitor, "/en/public?view=month&date=2030-05-01", "May 2030");
  await expect(visitor).toHaveURL(/\/en\/public/);
  await expect(dayCell(visitor, "2030-05-20").getByText(published.titleEn)).toBeVisible();
  await expect(visitor.getByText(draft)).toHaveCount(0);
  await expect(visitor.getByText(internal)).toHaveCount(0);

  await visitor.getByRole("button", { name: "Agenda" }).click();
  const listed = visitor.locator(".fc-list-event").filter({ hasText: published.titleEn });
  await expect(listed).toBeVisible();
  await listed.getByText(published.titleEn).click();
  await expect(visitor).toHaveURL(/\/en\/public\/events\/[0-9a-f-]{36}$/);
  await expect(visitor.getByRole("heading", { level: 1, name: published.titleEn })).toBeVisible();
  await expect(visitor.getByTestId("event-when")).toHaveText("Monday, May 20, 2030, 6:00 – 8:00 PM");

  // The same in Arabic, right to left, with the Arabic title.
  await openMonth(visitor, "/ar/public?view=month&date=2030-05-01", "مايو 2030");
  await expect(visitor.getByTestId("calendar")).toHaveAttribute("dir", "rtl");
  await expect(dayCell(visitor, "2030-05-20").getByText(published.titleAr)).toBeVisible();
  await expect(visitor.getByText(draft)).toHaveCount(0);
  await visitor.close();
});
