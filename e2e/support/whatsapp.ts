import { expect, type Locator, type Page } from "@playwright/test";
import { transformer } from "@taqweem/api/wire";
import type { messagesFor } from "./messages";

type T = ReturnType<typeof messagesFor>;

interface OverviewWorker {
  kind: string;
  online: boolean;
  startedAt: Date;
  lastSeenAt: Date;
}

/**
 * Waits until a wa-worker has finished starting: it heartbeats only once its queues are being
 * worked, so a heartbeat after its start means a "Link" will be picked up. (The stack counts as up
 * when the web app answers, which can be before the worker is ready.)
 */
export async function waitForWaWorker(page: Page): Promise<void> {
  await expect
    .poll(
      async () => {
        const response = await page.request.get("/api/trpc/system.overview");
        const body = (await response.json()) as {
          result: { data: Parameters<typeof transformer.deserialize>[0] };
        };
        const { workers } = transformer.deserialize<{ workers: OverviewWorker[] }>(body.result.data);
        return workers.some(
          (worker) => worker.kind === "wa-worker" && worker.online && worker.lastSeenAt > worker.startedAt,
        );
      },
      { timeout: 60_000 },
    )
    .toBe(true);
}

/** A session's card on the WhatsApp page, found by its name. */
export const sessionCard = (page: Page, name: string): Locator => page.getByRole("article", { name });

/** Creates a session from the WhatsApp page (already open) and returns its card. */
export async function createSession(page: Page, t: T, name: string): Promise<Locator> {
  await page.getByRole("button", { name: t("whatsapp.create.button") }).click();
  const dialog = page.getByRole("dialog", { name: t("whatsapp.create.title") });
  await dialog.getByLabel(t("whatsapp.create.name")).fill(name);
  await dialog.getByRole("button", { name: t("whatsapp.create.submit") }).click();
  await expect(dialog).toBeHidden();
  const card = sessionCard(page, name);
  await expect(card.getByTestId("session-status")).toHaveAttribute("data-status", "disconnected");
  return card;
}

/** Plays the phone's part on the simulator, then waits for the session to be connected with its groups. */
export async function simulateScan(card: Locator, t: T): Promise<void> {
  await card.getByRole("button", { name: t("whatsapp.simulator.actions.scan") }).click();
  await expect(card.getByTestId("session-status")).toHaveAttribute("data-status", "connected");
  await expect(card.getByTestId("wa-group").first()).toBeVisible();
}

/** Turns pacing off (fine on the simulator), so the next messages go out at once. */
export async function turnPacingOff(page: Page, t: T, card: Locator, name: string): Promise<void> {
  await card.getByRole("button", { name: t("whatsapp.pacing.button") }).click();
  const dialog = page.getByRole("dialog", { name: t("whatsapp.pacing.title", { name }) });
  await dialog.getByLabel(t("whatsapp.pacing.enabled")).uncheck();
  await dialog.getByRole("button", { name: t("whatsapp.pacing.save") }).click();
  await expect(dialog).toBeHidden();
  await expect(card.getByTestId("pacing-summary")).toHaveText(t("whatsapp.pacing.summaryOff"));
}

/** A message on the messages page, found by (part of) its text. */
export const messageItem = (page: Page, text: string): Locator =>
  page.getByTestId("wa-message").filter({ has: page.getByTestId("message-body").getByText(text) });
