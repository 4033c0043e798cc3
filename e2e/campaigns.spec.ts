import { expect, type Page, test } from "@playwright/test";
import { e2e } from "../playwright.config";
import { mutate, uniqueSuffix } from "./support/calendar";
import { type Locale, messagesFor } from "./support/messages";
import { signInViaApi } from "./support/sign-in";
import { createSession, simulateScan, turnPacingOff, waitForWaWorker } from "./support/whatsapp";

test.describe.configure({ timeout: 120_000 });

/** A list of `count` contacts, half of them Arabic speakers, made through the contacts API. */
async function listOfContacts(page: Page, name: string, count: number) {
  const contactIds: string[] = [];
  const base = 5_000_000 + Math.floor(Math.random() * 4_000_000);
  for (let i = 0; i < count; i++) {
    const contact = await mutate<{ id: string }>(page, "contacts.create", {
      nameEn: `Guest ${i + 1}`,
      nameAr: `ضيف ${i + 1}`,
      honorific: null,
      organisation: null,
      position: null,
      phone: `+97150${base + i}`,
      email: null,
      language: i % 2 === 0 ? "en" : "ar",
      tags: [],
      notes: null,
      consent: "opted_in",
    });
    contactIds.push(contact.id);
  }
  const list = await mutate<{ id: string }>(page, "contacts.lists.create", { name, description: null });
  await mutate(page, "contacts.lists.addMembers", { listId: list.id, contactIds });
  return list.id;
}

/** Links a simulated number from the WhatsApp page; pacing off when `unpaced` (the campaign runs in seconds). */
async function linkNumber(page: Page, locale: Locale, name: string, unpaced: boolean) {
  const t = messagesFor(locale);
  await page.goto(`/${locale}/whatsapp`);
  await expect(page.getByTestId("stream-status")).toHaveAttribute("data-state", "open");
  const card = await createSession(page, t, name);
  await card.getByRole("button", { name: t("whatsapp.link.withQr") }).click();
  await expect(card.getByTestId("wa-qr")).toBeVisible();
  await simulateScan(card, t);
  if (unpaced) await turnPacingOff(page, t, card, name);
}

/** Fills the new-campaign form and opens the campaign's page. */
async function createCampaign(
  page: Page,
  locale: Locale,
  fields: { name: string; template: string; number: string; list: string; chosen?: string },
) {
  const t = messagesFor(locale);
  await page.goto(`/${locale}/campaigns/new`);
  await page.getByLabel(t("campaigns.form.name"), { exact: true }).fill(fields.name);
  await page.getByLabel(t("campaigns.form.template")).selectOption({ label: fields.template });
  const number = page.getByLabel(t("campaigns.form.number"));
  await number.selectOption(
    (await number.locator("option", { hasText: fields.number }).getAttribute("value"))!,
  );
  await page.getByRole("checkbox", { name: fields.list }).check();
  if (fields.chosen) await choose(page, locale, fields.chosen);
  // The time picker names the organisation's zone.
  await page.getByLabel(t("campaigns.form.startLater")).check();
  await expect(page.getByText("(Asia/Dubai)").first()).toBeVisible();
  await page.getByLabel(t("campaigns.form.startByHand")).check();
  await page.getByRole("button", { name: t("campaigns.form.submit") }).click();
  await expect(page).toHaveURL(/\/campaigns\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1, name: fields.name })).toBeVisible();
}

/** Finds a contact in the picker by name and adds it. */
async function choose(page: Page, locale: Locale, name: string) {
  const t = messagesFor(locale);
  await page.getByPlaceholder(t("contacts.picker.search")).fill(name);
  await page.getByRole("button", { name: t("contacts.picker.add", { name }) }).click();
  await expect(page.getByRole("button", { name: t("contacts.picker.remove", { name }) })).toBeVisible();
}

/** Writes a template in the editor: an unknown variable is named while typing, the preview renders both languages. */
async function writeTemplate(page: Page, locale: Locale, name: string, previewWith?: string) {
  const t = messagesFor(locale);
  await page.goto(`/${locale}/campaigns/templates`);
  await page.getByLabel(t("campaigns.templates.name"), { exact: true }).fill(name);
  const english = page.getByLabel(t("campaigns.templates.bodyEn"));
  await english.fill("Dear {{contact.honorific}} {{contact.name}}, {{contact.phone}}");
  await expect(page.getByText(t("campaigns.templates.unknown", { names: "contact.phone" }))).toBeVisible();
  await english.fill("Dear {{contact.honorific}} {{contact.name}}, welcome to {{org.name}}.");
  await page.getByLabel(t("campaigns.templates.bodyAr")).fill("عزيزي {{contact.name}}، أهلًا بك.");
  await expect(page.getByTestId("preview-en")).toHaveText(/^Dear Dr Fatima Al Mansouri, welcome to /);
  await expect(page.getByTestId("preview-ar")).toHaveText("عزيزي فاطمة المنصوري، أهلًا بك.");
  if (previewWith) {
    await choose(page, locale, previewWith);
    await expect(page.getByTestId("preview-en")).toContainText(previewWith);
  }
  await page.getByRole("button", { name: t("campaigns.templates.save") }).click();
  await expect(page.getByText(t("campaigns.templates.saved", { version: "1" }))).toBeVisible();
}

test("en: staff write a template, preview it, and run a campaign to 100 % with its analytics", async ({
  page,
}) => {
  const locale = "en";
  const t = messagesFor(locale);
  const suffix = uniqueSuffix();
  await signInViaApi(page, e2e.admin);
  await waitForWaWorker(page);
  const number = `Campaigns ${suffix}`;
  await linkNumber(page, locale, number, true);
  const list = `Guests ${suffix}`;
  await listOfContacts(page, list, 6);
  // One more contact, in no list: chosen by hand for the preview and the audience.
  const chosen = `Chosen ${suffix}`;
  await mutate(page, "contacts.create", {
    nameEn: chosen,
    nameAr: null,
    honorific: null,
    organisation: null,
    position: null,
    phone: `+97155${5_000_000 + Math.floor(Math.random() * 4_000_000)}`,
    email: null,
    language: "en",
    tags: [],
    notes: null,
    consent: "opted_in",
  });
  const template = `Invitation ${suffix}`;
  await writeTemplate(page, locale, template, chosen);

  const name = `Spring ${suffix}`;
  await createCampaign(page, locale, { name, template, number, list, chosen });
  await page.getByRole("button", { name: t("campaigns.controls.start") }).click();

  // Progress arrives over the event stream until every recipient has been sent to.
  const progress = page.getByTestId("campaign-progress");
  await expect(progress).toHaveAttribute("data-state", "completed", { timeout: 60_000 });
  await expect(progress.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "100");
  await expect(page.getByTestId("count-queued")).toContainText("0");
  await expect(page.getByTestId("campaign-chart").locator(".recharts-bar-rectangle").first()).toBeVisible();
  await expect(page.getByTestId("recipient-row")).toHaveCount(7);
  await expect(page.getByTestId("campaign-audit")).toContainText(t("campaigns.audit.action.start"));
});

test("ar: staff write a template in Arabic, then pause and resume a paced campaign", async ({ page }) => {
  const locale = "ar";
  const t = messagesFor(locale);
  const suffix = uniqueSuffix();
  await signInViaApi(page, e2e.admin);
  await waitForWaWorker(page);
  // Pacing stays on: one message at a time with the number's gaps, so there is time to pause.
  const number = `Paced ${suffix}`;
  await linkNumber(page, locale, number, false);
  const list = `Paced guests ${suffix}`;
  await listOfContacts(page, list, 3);
  const template = `Paced ${suffix}`;
  await writeTemplate(page, locale, template);
  const name = `Paced run ${suffix}`;
  await createCampaign(page, locale, { name, template, number, list });

  await page.getByRole("button", { name: t("campaigns.controls.start") }).click();
  const progress = page.getByTestId("campaign-progress");
  await expect(progress).toHaveAttribute("data-state", "running");
  await page.getByRole("button", { name: t("campaigns.controls.pause") }).click();
  await expect(progress).toHaveAttribute("data-state", "paused");
  await expect(page.getByTestId("campaign-state")).toHaveText(t("campaigns.state.paused"));
  await page.getByRole("button", { name: t("campaigns.controls.resume") }).click();
  await expect(progress).toHaveAttribute("data-state", "running");
  await expect(page.getByTestId("waiting-reason")).toBeVisible();
  const trail = page.getByTestId("campaign-audit");
  await expect(trail).toContainText(t("campaigns.audit.action.pause"));
  await expect(trail).toContainText(t("campaigns.audit.action.resume"));
});
