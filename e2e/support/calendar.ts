import { expect, type Locator, type Page } from "@playwright/test";
import { transformer } from "@taqweem/api/wire";
import { e2e } from "../../playwright.config";

const origin = `http://127.0.0.1:${e2e.port}`;

/** A suffix that keeps titles and names unique across specs and repeated runs. */
export const uniqueSuffix = () =>
  `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;

/**
 * Calls a tRPC mutation with the page's session, as the app's own pages do (the app's transformer,
 * same-origin header), to set up data a spec is not about.
 */
export async function mutate<T>(page: Page, procedure: string, input: unknown): Promise<T> {
  const response = await page.request.post(`/api/trpc/${procedure}`, {
    data: transformer.serialize(input),
    headers: { origin },
  });
  expect(response.ok(), `${procedure}: ${await response.text()}`).toBe(true);
  const body = (await response.json()) as { result: { data: Parameters<typeof transformer.deserialize>[0] } };
  return transformer.deserialize<T>(body.result.data);
}

export function createCategory(page: Page, category: { nameEn: string; nameAr: string; color: string }) {
  return mutate<{ id: string }>(page, "categories.create", category);
}

export interface NewEvent {
  titleEn?: string;
  titleAr?: string;
  startsAt: Date;
  endsAt: Date;
  allDay?: boolean;
  categoryId?: string;
  visibility?: "public" | "internal";
  status?: "draft" | "published";
}

export function createEvent(page: Page, event: NewEvent) {
  return mutate<{ id: string; version: number }>(page, "events.create", event);
}

/** The month grid's cell for a day (`YYYY-MM-DD`). */
export function dayCell(page: Page, date: string): Locator {
  return page.locator(`[data-testid="calendar"] td.fc-daygrid-day[data-date="${date}"]`);
}

/** Waits until the grid shows the month and its events have arrived. */
export async function openMonth(page: Page, path: string, title: string | RegExp): Promise<void> {
  await page.goto(path);
  await expect(page.getByTestId("calendar-title")).toHaveText(title);
  await expect(page.locator('[data-testid="calendar"] .fc-daygrid-body')).toBeVisible();
}

/** Selects one day of the month grid, as a person does: a click on the empty part of the cell. */
export async function selectDay(page: Page, date: string): Promise<void> {
  const cell = dayCell(page, date);
  await cell.scrollIntoViewIfNeeded();
  const box = await cell.boundingBox();
  if (!box) throw new Error(`no cell for ${date}`);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height - 6);
}

/** Drags with the mouse in small steps (FullCalendar starts a drag after a few pixels of movement). */
export async function drag(page: Page, from: Locator, to: Locator): Promise<void> {
  await to.scrollIntoViewIfNeeded();
  await from.scrollIntoViewIfNeeded();
  const start = await from.boundingBox();
  const end = await to.boundingBox();
  if (!start || !end) throw new Error("drag: element not on screen");
  await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
  await page.mouse.down();
  await page.mouse.move(start.x + start.width / 2 + 10, start.y + start.height / 2, { steps: 4 });
  await page.mouse.move(end.x + end.width / 2, end.y + end.height / 2, { steps: 12 });
  await page.mouse.up();
}
