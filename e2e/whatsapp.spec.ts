import { expect, test } from "@playwright/test";
import { e2e } from "../playwright.config";
import { uniqueSuffix } from "./support/calendar";
import { messagesFor } from "./support/messages";
import { signInViaApi } from "./support/sign-in";
import { createSession, messageItem, simulateScan, turnPacingOff, waitForWaWorker } from "./support/whatsapp";

const t = messagesFor("en");

test("an admin links a number on the simulator by QR, sees its groups and follows a test message until read", async ({
  page,
}) => {
  const name = `Events office ${uniqueSuffix()}`;
  await signInViaApi(page, e2e.admin);
  await waitForWaWorker(page);
  await page.goto("/en/whatsapp");
  await expect(page.getByTestId("stream-status")).toHaveAttribute("data-state", "open");
  const card = await createSession(page, t, name);

  // The QR arrives live, as a PNG, with its expiry counting down; each new one replaces the last.
  await card.getByRole("button", { name: t("whatsapp.link.withQr") }).click();
  const qr = card.getByTestId("wa-qr");
  await expect(qr).toHaveAttribute("src", /^data:image\/png;base64,/);
  await expect(card.getByTestId("session-status")).toHaveText(t("whatsapp.statuses.qr_required"));
  await expect(card.getByTestId("qr-countdown")).toHaveText(/^Expires in \d+ s$/);
  await expect(card.getByTestId("simulator-badge")).toHaveText("Simulator");
  await expect(page.getByTestId("simulator-notice")).toContainText(t("whatsapp.simulator.noticeTitle"));
  const firstQr = await qr.getAttribute("src");
  await expect(qr).not.toHaveAttribute("src", firstQr!);

  await simulateScan(card, t);
  await expect(card.getByTestId("session-phone")).toHaveText(/^\+9715\d{8}$/);
  await expect(card.getByTestId("session-phone")).toHaveAttribute("dir", "ltr");
  await expect(card.getByTestId("wa-group")).toHaveCount(4);
  await expect(card.getByTestId("wa-group").filter({ hasText: "Events team" })).toContainText(/\d+ members/);
  await turnPacingOff(page, t, card, name);

  // A test send: a bad number is refused with a translated reason, then a local UAE number goes out.
  await page.getByRole("link", { name: t("whatsapp.messages.title") }).click();
  await expect(page).toHaveURL(/\/en\/whatsapp\/messages$/);
  const form = page.getByTestId("test-send-form");
  await form.getByLabel(t("whatsapp.testSend.session")).selectOption({ label: `${name} (Connected)` });
  await form.getByLabel(t("whatsapp.testSend.phone")).fill("call me");
  const text = `Test message ${uniqueSuffix()}`;
  await form.getByRole("textbox", { name: t("whatsapp.testSend.body") }).fill(text);
  await form.getByRole("button", { name: t("whatsapp.testSend.submit") }).click();
  await expect(form.getByText(t("errors.waInvalidPhone"))).toBeVisible();
  await form.getByLabel(t("whatsapp.testSend.phone")).fill("050 123 4567");
  await form.getByRole("button", { name: t("whatsapp.testSend.submit") }).click();
  await expect(form.getByRole("status")).toContainText("Queued for +971501234567");

  const item = messageItem(page, text);
  await expect(item.getByTestId("message-recipient")).toHaveText("+971501234567");
  await expect(item).toHaveAttribute("data-status", "delivered");
  await expect(item).toHaveAttribute("data-status", "read");
  await expect(item.getByTestId("message-status")).toHaveText(/Read/);
  await expect(item.getByTestId("message-readAt")).toBeVisible();

  // Filters live in the address.
  await page.getByLabel(t("whatsapp.messages.filters.status")).selectOption("read");
  await expect(page).toHaveURL(/status=read/);
  await expect(item).toBeVisible();
  await page.getByLabel(t("whatsapp.messages.filters.status")).selectOption("failed");
  await expect(item).toHaveCount(0);
  await page.reload();
  await expect(page.getByLabel(t("whatsapp.messages.filters.status"))).toHaveValue("failed");
  await expect(page.getByText(t("whatsapp.messages.noMatchTitle"))).toBeVisible();
});

test("a refused message pauses sending until an admin resumes it; a ban stops the session", async ({
  page,
}) => {
  const name = `Reception ${uniqueSuffix()}`;
  await signInViaApi(page, e2e.admin);
  await waitForWaWorker(page);
  await page.goto("/en/whatsapp");
  const card = await createSession(page, t, name);
  await card.getByRole("button", { name: t("whatsapp.link.withQr") }).click();
  await expect(card.getByTestId("wa-qr")).toBeVisible();
  await simulateScan(card, t);
  await turnPacingOff(page, t, card, name);

  // WhatsApp refuses the next message as from a restricted account (463).
  await card.getByRole("button", { name: t("whatsapp.simulator.actions.restrict") }).click();
  await expect(card.getByText(t("whatsapp.simulator.done"))).toBeVisible();
  const group = await card.getByTestId("wa-group").first().locator("span").first().textContent();
  await page.goto("/en/whatsapp/messages");
  const form = page.getByTestId("test-send-form");
  await form.getByLabel(t("whatsapp.testSend.session")).selectOption({ label: `${name} (Connected)` });
  await form.getByLabel(t("whatsapp.testSend.recipientType")).selectOption("group");
  await form.getByLabel(t("whatsapp.testSend.group")).selectOption({ label: group! });
  const text = `Restricted ${uniqueSuffix()}`;
  await form.getByRole("textbox", { name: t("whatsapp.testSend.body") }).fill(text);
  await form.getByRole("button", { name: t("whatsapp.testSend.submit") }).click();
  const item = messageItem(page, text);
  await expect(item).toContainText(t("whatsapp.sessionErrors.restricted_463"));
  await expect(item).toHaveAttribute("data-status", "pending");

  await page.goto("/en/whatsapp");
  const paused = card.getByTestId("sending-paused");
  await expect(paused).toContainText(t("whatsapp.paused.title"));
  await expect(paused).toContainText(t("whatsapp.sessionErrors.restricted_463"));
  await paused.getByRole("button", { name: t("whatsapp.paused.resume") }).click();
  await expect(paused).toHaveCount(0);

  await card.getByRole("button", { name: t("whatsapp.simulator.actions.ban") }).click();
  await expect(card.getByTestId("session-status")).toHaveAttribute("data-status", "banned");
  await expect(card.getByTestId("session-error")).toHaveText(t("whatsapp.sessionErrors.forbidden"));
  await expect(card.getByRole("button", { name: t("whatsapp.link.withQr") })).toBeVisible();

  // Deleting asks first.
  await card.getByRole("button", { name: t("whatsapp.delete.button") }).click();
  const confirm = page.getByRole("dialog", { name: t("whatsapp.delete.title", { name }) });
  await confirm.getByRole("button", { name: t("whatsapp.delete.confirm") }).click();
  await expect(card).toHaveCount(0);
});

test("the WhatsApp pages are for admins only", async ({ page }) => {
  await signInViaApi(page, e2e.viewer);
  for (const path of ["/en/whatsapp", "/en/whatsapp/messages"]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(403);
  }
  expect((await page.request.get("/api/trpc/whatsapp.sessions.list")).status()).toBe(403);
});
