import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { e2e } from "../playwright.config";
import {
  createCategory,
  createEvent,
  dayCell,
  drag,
  mutate,
  openMonth,
  selectDay,
  uniqueSuffix,
} from "./support/calendar";
import { signInViaApi } from "./support/sign-in";

test("an editor plans a bilingual event in English: select a day, see it, filter, drag, history, download", async ({
  page,
}) => {
  const suffix = uniqueSuffix();
  const title = `Robotics fair ${suffix}`;
  const category = `Science ${suffix}`;
  const otherCategory = `Sport ${suffix}`;
  await signInViaApi(page, e2e.admin);

  // A category made through its admin page, another one through the API for the filter.
  await page.goto("/en/categories");
  await page.getByLabel("Name (English)").fill(category);
  await page.getByLabel("Name (Arabic)").fill(`علوم ${suffix}`);
  await page.getByLabel("Colour code").fill("#7c3aed");
  await page.getByRole("button", { name: "Add category" }).click();
  await expect(page.getByTestId("category-row").filter({ hasText: category })).toBeVisible();
  await createCategory(page, { nameEn: otherCategory, nameAr: `رياضة ${suffix}`, color: "#0891b2" });

  // Selecting a day opens the form for a new event on that day.
  await openMonth(page, "/en/calendar?view=month&date=2030-03-01", "March 2030");
  await selectDay(page, "2030-03-12");
  const form = page.getByRole("dialog", { name: "New event" });
  await expect(form.getByLabel("All day")).toBeChecked();
  await expect(form.getByLabel("Starts")).toHaveValue("2030-03-12");
  await form.getByLabel("Title (English)").fill(title);
  await form.getByLabel("Title (Arabic)").fill(`معرض الروبوتات ${suffix}`);
  await form.getByLabel("Category").selectOption({ label: category });
  await form.getByRole("button", { name: "Create event" }).click();
  await expect(form).toBeHidden();
  await expect(page.getByTestId("calendar-notice")).toContainText("The event was created.");
  await expect(dayCell(page, "2030-03-12").getByText(title)).toBeVisible();

  // The agenda lists it; the view is in the URL.
  await page.getByRole("button", { name: "Agenda" }).click();
  await expect(page).toHaveURL(/view=list/);
  const listed = page.locator(".fc-list-event").filter({ hasText: title });
  await expect(listed).toBeVisible();

  // Filtering by category keeps it or hides it, and a shared link restores the filter.
  await page.getByRole("button", { name: category, exact: true }).click();
  await expect(page).toHaveURL(/category=/);
  await expect(listed).toBeVisible();
  await page.getByRole("button", { name: otherCategory, exact: true }).click();
  await page.getByRole("button", { name: category, exact: true }).click();
  await expect(listed).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole("button", { name: otherCategory, exact: true })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await expect(page.getByTestId("calendar-title")).toHaveText("March 2030");
  await expect(page.getByText("No events match these filters in this period.")).toBeVisible();
  await expect(listed).toHaveCount(0);
  await page.getByRole("button", { name: "Clear all filters" }).click();
  await expect(listed).toBeVisible();

  // Dragging it two days on saves the new date.
  await page.getByRole("button", { name: "Month" }).click();
  await drag(page, dayCell(page, "2030-03-12").getByText(title), dayCell(page, "2030-03-14"));
  await expect(page.getByTestId("calendar-notice")).toContainText("The event was moved.");
  await page.reload();
  await expect(dayCell(page, "2030-03-14").getByText(title)).toBeVisible();
  await expect(dayCell(page, "2030-03-12").getByText(title)).toHaveCount(0);

  // Its page shows it in English and the move in its history.
  await dayCell(page, "2030-03-14").getByText(title).click();
  await expect(page).toHaveURL(/\/en\/events\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByTestId("event-when")).toHaveText("Thursday, March 14, 2030");
  const moved = page.getByTestId("history-entry").filter({ hasText: "Admin changed the event" });
  await expect(moved.getByTestId("history-change").filter({ hasText: "Starts" })).toContainText(
    /Mar 12, 2030.*Mar 14, 2030/,
  );
  await expect(
    page.getByTestId("history-entry").filter({ hasText: "Admin created the event" }),
  ).toBeVisible();

  // The .ics download carries the event under its stable UID.
  const id = page.url().split("/").at(-1);
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download .ics" }).click();
  const ics = await readFile((await (await downloading).path())!, "utf8");
  expect(ics).toContain("BEGIN:VCALENDAR");
  expect(ics).toContain(`UID:${id}@taqweem`);
  expect(ics).toContain(`SUMMARY:${title}`);
});

test("a viewer reads the calendar but cannot create or move events", async ({ page }) => {
  const suffix = uniqueSuffix();
  const title = `Staff briefing ${suffix}`;
  await signInViaApi(page, e2e.admin);
  await createEvent(page, {
    titleEn: title,
    startsAt: new Date("2030-06-10T05:00:00Z"),
    endsAt: new Date("2030-06-10T06:00:00Z"),
    status: "published",
  });
  await page.context().clearCookies();
  await signInViaApi(page, e2e.viewer);

  await openMonth(page, "/en/calendar?view=month&date=2030-06-01", "June 2030");
  const event = dayCell(page, "2030-06-10").locator(".fc-event", { hasText: title });
  await expect(event).toBeVisible();
  await expect(event).not.toHaveClass(/fc-event-draggable/);
  await expect(page.getByRole("button", { name: "New event" })).toHaveCount(0);
  await expect(page.getByText("You can view the calendar; editors plan and change events.")).toBeVisible();
  await selectDay(page, "2030-06-12");
  await expect(page.getByRole("dialog")).toHaveCount(0);

  await event.click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole("link", { name: "Download .ics" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Edit" })).toHaveCount(0);
});

test("an edit made on a stale version is refused with a clear message, then applied on top", async ({
  page,
}) => {
  const suffix = uniqueSuffix();
  const title = `Graduation ${suffix}`;
  await signInViaApi(page, e2e.admin);
  const event = await createEvent(page, {
    titleEn: title,
    startsAt: new Date("2030-08-05T14:00:00Z"),
    endsAt: new Date("2030-08-05T16:00:00Z"),
  });
  await page.goto(`/en/events/${event.id}`);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await page.getByRole("button", { name: "Edit" }).click();
  const form = page.getByRole("dialog", { name: "Edit event" });
  await form.getByLabel("Place (English)").fill("Main hall");

  // Meanwhile someone else changes the title.
  await mutate(page, "events.update", { id: event.id, version: event.version, titleEn: `${title} (final)` });
  await form.getByRole("button", { name: "Save changes" }).click();
  await expect(form.getByRole("alert")).toContainText(
    "Someone else saved this event while you were editing it.",
  );
  await expect(page.getByRole("heading", { level: 1, name: `${title} (final)` })).toBeVisible();

  // Saving again applies only this change, on top of theirs.
  await form.getByRole("button", { name: "Save changes" }).click();
  await expect(form).toBeHidden();
  await expect(page.getByText("Your changes were saved.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: `${title} (final)` })).toBeVisible();
  await expect(page.getByTestId("event-when")).toHaveText("Monday, August 5, 2030, 6:00 – 8:00 PM");
  const placeChange = page.getByTestId("history-change").filter({ hasText: "Place (English)" });
  await expect(placeChange).toHaveCount(1);
  await expect(placeChange).toContainText("Main hall");
});
