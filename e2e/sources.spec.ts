import { expect, type Page, test } from "@playwright/test";
import { transformer } from "@taqweem/api/wire";
import { e2e } from "../playwright.config";
import {
  type ScraperFixtureServer,
  startScraperFixtureServer,
} from "../tests/support/scraper-fixture-server";
import { mutate, uniqueSuffix } from "./support/calendar";
import { messagesFor } from "./support/messages";
import { signInViaApi } from "./support/sign-in";

// Two real runs of the scraper against the local stand-in for ADNEC, one after the other.
test.describe.configure({ mode: "serial", timeout: 120_000 });

/** Reads a tRPC query with the page's session, as the app's pages do. */
async function query<T>(page: Page, procedure: string, input: unknown): Promise<T> {
  const encoded = encodeURIComponent(JSON.stringify(transformer.serialize(input)));
  const response = await page.request.get(`/api/trpc/${procedure}?input=${encoded}`);
  expect(response.ok(), `${procedure}: ${await response.text()}`).toBe(true);
  const body = (await response.json()) as { result: { data: Parameters<typeof transformer.deserialize>[0] } };
  return transformer.deserialize<T>(body.result.data);
}

type ReviewPage = { items: { id: string; titleEn: string | null }[] };

let server: ScraperFixtureServer;
const shared = { sourceId: "", sourceName: "", stagedId: "", eventId: "", goneEventId: "" };

test.beforeAll(async () => {
  // A Crawl-delay of one second keeps the run going long enough to watch it.
  server = await startScraperFixtureServer({ crawlDelaySeconds: 1 });
});
test.afterAll(async () => server?.close());

/** Presses "Run now" and waits, on the live row (no reload), for the importer's counts. */
async function runAndWait(page: Page, summary: string) {
  const t = messagesFor("en");
  const row = page.getByTestId("source-row").filter({ hasText: shared.sourceName });
  await row.getByRole("button", { name: t("sources.runNowFor", { name: shared.sourceName }) }).click();
  await expect(row.getByTestId("run-status")).toHaveAttribute("data-state", "running", { timeout: 30_000 });
  await expect(row.getByTestId("run-progress")).toHaveText(summary, { timeout: 60_000 });
  await expect(row.getByTestId("run-status")).toHaveAttribute("data-state", "succeeded");
}

const counts = (found: number, news: number, changed: number, unchanged: number, gone: number) =>
  messagesFor("en")("sources.eventsSummary", {
    found: String(found),
    new: String(news),
    changed: String(changed),
    unchanged: String(unchanged),
    gone: String(gone),
  });

test("in English, staff run a source, watch it, import a new event and see it on the calendar; a later change waits as a diff", async ({
  page,
}) => {
  const t = messagesFor("en");
  await signInViaApi(page, e2e.admin);
  shared.sourceName = `ADNEC ${uniqueSuffix()}`;
  // Other specs may stage events of their own sources on the same stack: this spec reads only its own.
  const source = await mutate<{ id: string }>(page, "sources.create", {
    kind: "adnec",
    name: shared.sourceName,
    baseUrl: server.sources.adnec.baseUrl,
  });
  shared.sourceId = source.id;

  await page.goto("/en/sources");
  await expect(page.getByTestId("stream-status")).toHaveAttribute("data-state", "open");
  await runAndWait(page, counts(3, 3, 0, 0, 0));
  await expect(page.getByTestId("run-row").first().getByTestId("run-events")).toHaveText(
    counts(3, 3, 0, 0, 0),
  );

  // The review lists the new events; the staged event shows what the source publishes.
  await page.goto(`/en/sources/review?source=${shared.sourceId}`);
  await page.getByTestId("review-row").filter({ hasText: "ADIPEC" }).getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("ADIPEC");
  await expect(page.locator('[data-testid="version-change"][data-field="titleEn"] td')).toHaveText("ADIPEC");
  shared.stagedId = page.url().split("/").at(-1)!;

  await page.getByRole("button", { name: t("sources.staged.import"), exact: true }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel(t("sources.staged.importStatus")).selectOption("published");
  await dialog.getByRole("button", { name: t("sources.staged.import"), exact: true }).click();
  await page.getByRole("link", { name: "ADIPEC" }).click();
  await expect(page.getByTestId("from-source")).toHaveText(shared.sourceName);
  shared.eventId = page.url().split("/").at(-1)!;

  const event = await query<{ version: number; startsAt: Date }>(page, "events.get", { id: shared.eventId });
  const month = new Date(event.startsAt.getTime() + 4 * 3_600_000).toISOString().slice(0, 7);
  await page.goto(`/en/calendar?view=month&date=${month}-01`);
  await expect(page.getByTestId("calendar").getByText("ADIPEC").first()).toBeVisible();

  // Staff edit the imported event; the energy summit is imported too (and will vanish).
  await mutate(page, "events.update", { id: shared.eventId, version: event.version, locationEn: "Hall 5" });
  const review = await query<ReviewPage>(page, "sources.review", { sourceId: shared.sourceId });
  const summit = review.items.find((item) => item.titleEn === "World Future Energy Summit")!;
  shared.goneEventId = (
    await mutate<{ id: string }>(page, "sources.import", { id: summit.id, status: "draft", categoryId: null })
  ).id;

  // The site changes: ADIPEC an hour later, the summit gone.
  server.use("changed");
  await page.goto("/en/sources");
  await runAndWait(page, counts(2, 0, 1, 1, 1));

  await page.goto(`/en/sources/review/${shared.stagedId}`);
  const change = page.getByTestId("pending-change");
  await expect(change).toHaveCount(1);
  await expect(change).toHaveAttribute("data-field", "times");
  await expect(change.getByRole("rowheader")).toHaveText(t("sources.staged.fields.times"));
  // The staff edit stands: the place is not offered back.
  expect((await query<{ locationEn: string }>(page, "events.get", { id: shared.eventId })).locationEn).toBe(
    "Hall 5",
  );
});

test("in Arabic, staff accept the source's change of one field and see the event gone from the source flagged", async ({
  page,
}) => {
  const t = messagesFor("ar");
  await signInViaApi(page, e2e.admin);
  const before = await query<{ startsAt: Date }>(page, "events.get", { id: shared.eventId });

  await page.goto(`/ar/sources/review/${shared.stagedId}`);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  const field = t("sources.staged.fields.times");
  await page.getByRole("button", { name: t("sources.staged.acceptFor", { field }) }).click();
  await expect(page.getByText(t("sources.staged.noPendingTitle"))).toBeVisible();

  const after = await query<{ startsAt: Date; locationEn: string }>(page, "events.get", {
    id: shared.eventId,
  });
  expect(after.startsAt.getTime() - before.startsAt.getTime()).toBe(3_600_000);
  expect(after.locationEn).toBe("Hall 5");

  await page.goto(`/ar/events/${shared.eventId}`);
  await expect(page.getByText(t("event.history.actions.source_accept"))).toBeVisible();
  await expect(
    page.getByTestId("history-source").filter({ hasText: t("sources.staged.fields.times") }),
  ).toHaveCount(1);

  await page.goto(`/ar/events/${shared.goneEventId}`);
  await expect(page.getByTestId("gone-from-source")).toHaveText(t("sources.eventPage.gone"));
});
