import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { e2e } from "../playwright.config";
import { createCategory, dayCell, drag, openMonth, selectDay, uniqueSuffix } from "./support/calendar";
import { signInViaApi } from "./support/sign-in";

test("an editor plans a bilingual event in Arabic on a right-to-left calendar", async ({ page }) => {
  const suffix = uniqueSuffix();
  const titleAr = `أمسية شعرية ${suffix}`;
  const titleEn = `Poetry evening ${suffix}`;
  const categoryAr = `ثقافة ${suffix}`;
  await signInViaApi(page, e2e.admin);
  await createCategory(page, { nameEn: `Culture ${suffix}`, nameAr: categoryAr, color: "#be123c" });
  await createCategory(page, { nameEn: `Finance ${suffix}`, nameAr: `مالية ${suffix}`, color: "#4d7c0f" });

  // Arabic names with Latin digits, the whole grid mirrored: Monday is the rightmost column.
  await openMonth(page, "/ar/calendar?view=month&date=2030-04-01", "أبريل 2030");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  const calendar = page.getByTestId("calendar");
  await expect(calendar).toHaveAttribute("dir", "rtl");
  await expect(calendar.locator(".fc.fc-direction-rtl")).toHaveCount(1);
  const monday = calendar.locator(".fc-col-header-cell.fc-day-mon");
  const sunday = calendar.locator(".fc-col-header-cell.fc-day-sun");
  await expect(monday).toHaveText("الاثنين");
  await expect(sunday).toHaveText("الأحد");
  const [mondayBox, sundayBox] = [await monday.boundingBox(), await sunday.boundingBox()];
  expect(mondayBox!.x).toBeGreaterThan(sundayBox!.x);
  const headerXs = await calendar
    .locator(".fc-col-header-cell")
    .evaluateAll((cells) => cells.map((cell) => cell.getBoundingClientRect().x));
  expect(Math.max(...headerXs)).toBe(mondayBox!.x);

  // Creating by selecting a day, in Arabic.
  await selectDay(page, "2030-04-16");
  const form = page.getByRole("dialog", { name: "فعالية جديدة" });
  await expect(form.getByLabel("طوال اليوم")).toBeChecked();
  await form.getByLabel("العنوان (بالعربية)").fill(titleAr);
  await form.getByLabel("العنوان (بالإنجليزية)").fill(titleEn);
  await form.getByLabel("الفئة").selectOption({ label: categoryAr });
  await form.getByLabel("الحفظ بحالة").selectOption("published");
  await form.getByRole("button", { name: "إنشاء الفعالية" }).click();
  await expect(form).toBeHidden();
  const inMonth = dayCell(page, "2030-04-16").getByText(titleAr);
  await expect(inMonth).toBeVisible();
  await expect(inMonth).toHaveAttribute("lang", "ar");

  // The agenda, then the category filter.
  await page.getByRole("button", { name: "قائمة" }).click();
  const listed = page.locator(".fc-list-event").filter({ hasText: titleAr });
  await expect(listed).toBeVisible();
  await page.getByRole("button", { name: `مالية ${suffix}`, exact: true }).click();
  await expect(listed).toHaveCount(0);
  await expect(page.getByText("لا توجد فعاليات تطابق عوامل التصفية هذه في هذه الفترة.")).toBeVisible();
  await page.getByRole("button", { name: `مالية ${suffix}`, exact: true }).click();
  await page.getByRole("button", { name: categoryAr, exact: true }).click();
  await expect(page).toHaveURL(/category=/);
  await expect(listed).toBeVisible();

  // Dragging it back a week, in the mirrored grid.
  await page.getByRole("button", { name: "شهر" }).click();
  await drag(page, dayCell(page, "2030-04-16").getByText(titleAr), dayCell(page, "2030-04-09"));
  await expect(page.getByTestId("calendar-notice")).toContainText("تم نقل الفعالية.");
  await page.reload();
  await expect(dayCell(page, "2030-04-09").getByText(titleAr)).toBeVisible();

  // The event page reads in Arabic and its history names the change in Arabic.
  await dayCell(page, "2030-04-09").getByText(titleAr).click();
  await expect(page.getByRole("heading", { level: 1, name: titleAr })).toBeVisible();
  await expect(page.getByTestId("event-status")).toHaveText("منشورة");
  await expect(page.getByTestId("event-when")).toHaveText("الثلاثاء، 9 أبريل 2030");
  const moved = page.getByTestId("history-entry").filter({ hasText: "عدّل الفعالية" });
  await expect(moved.getByTestId("history-change").filter({ hasText: "البداية" })).toBeVisible();

  const id = page.url().split("/").at(-1);
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: /\.ics/ }).click();
  const ics = await readFile((await (await downloading).path())!, "utf8");
  expect(ics).toContain("BEGIN:VCALENDAR");
  expect(ics).toContain(`UID:${id}@taqweem`);
});
