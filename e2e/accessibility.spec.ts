import AxeBuilder from "@axe-core/playwright";
import { type BrowserContext, expect, type Page, test } from "@playwright/test";
import { transformer } from "@taqweem/api/wire";
import { e2e } from "../playwright.config";
import { startScraperFixtureServer } from "../tests/support/scraper-fixture-server";
import { createCategory, createEvent, mutate, uniqueSuffix } from "./support/calendar";
import { type Locale, messagesFor } from "./support/messages";
import { signInViaApi } from "./support/sign-in";
import { createUserViaApi } from "./support/users";

// axe walks the whole page; on a busy machine a large one (the calendar) takes a while.
test.describe.configure({ timeout: 150_000 });

const wcag21aa = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** Runs axe on the page as it stands and returns its violations, one readable block each. */
async function violationsOn(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(wcag21aa).analyze();
  return violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help}\n${violation.nodes
        .map(
          (node) =>
            `    ${node.target.join(" ")}\n      ${node.failureSummary?.replaceAll("\n", "\n      ")}`,
        )
        .join("\n")}`,
  );
}

/** Opens a page, waits until its content has arrived (its heading, no loading placeholder), runs axe. */
async function expectAccessible(page: Page, locale: Locale, path: string) {
  await page.goto(`/${locale}${path}`);
  await expect(page.locator("h1").first()).toBeVisible();
  await expect(page.getByText(messagesFor(locale)("states.loading"))).toHaveCount(0);
  const violations = await violationsOn(page);
  expect(violations, `axe on /${locale}${path}:\n${violations.join("\n")}`).toEqual([]);
}

// One month with data of every kind the pages show, so colours and tables are checked filled in.
const month = "2032-03";
const data = {
  eventId: "",
  departmentId: "",
  mailboxMessage: "",
  stagedEventId: "",
  campaignId: "",
  contactId: "",
  adminSession: undefined as Awaited<ReturnType<BrowserContext["storageState"]>> | undefined,
};

/** Reads a tRPC query with the page's session. */
async function query<T>(page: Page, procedure: string, input: unknown): Promise<T> {
  const encoded = encodeURIComponent(JSON.stringify(transformer.serialize(input)));
  const response = await page.request.get(`/api/trpc/${procedure}?input=${encoded}`);
  const body = (await response.json()) as { result: { data: Parameters<typeof transformer.deserialize>[0] } };
  return transformer.deserialize<T>(body.result.data);
}

/** Runs an ADNEC source against the local fixture site, so the review pages have an event to show. */
async function stageScrapedEvents(page: Page, suffix: string): Promise<string> {
  const site = await startScraperFixtureServer({ crawlDelaySeconds: 0 });
  try {
    const source = await mutate<{ id: string }>(page, "sources.create", {
      kind: "adnec",
      name: `ADNEC ${suffix}`,
      baseUrl: site.sources.adnec.baseUrl,
    });
    await mutate(page, "sources.runNow", { id: source.id });
    let items: { id: string }[] = [];
    await expect
      .poll(
        async () => {
          ({ items } = await query<{ items: { id: string }[] }>(page, "sources.review", {
            sourceId: source.id,
          }));
          return items.length;
        },
        { timeout: 60_000 },
      )
      .toBeGreaterThan(0);
    return items[0]!.id;
  } finally {
    await site.close();
  }
}

test.beforeAll(async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext();
  const page = await context.newPage();
  const suffix = uniqueSuffix();
  await signInViaApi(page, e2e.admin);
  const category = await createCategory(page, {
    nameEn: `Heritage ${suffix}`,
    nameAr: `التراث ${suffix}`,
    color: "#0e7490",
  });
  const event = await createEvent(page, {
    titleEn: `Heritage day ${suffix}`,
    titleAr: `يوم التراث ${suffix}`,
    startsAt: new Date(`${month}-10T06:00:00Z`),
    endsAt: new Date(`${month}-10T08:00:00Z`),
    categoryId: category.id,
    visibility: "public",
    status: "published",
  });
  await createEvent(page, {
    titleEn: `Planning meeting ${suffix}`,
    titleAr: `اجتماع تخطيط ${suffix}`,
    startsAt: new Date(`${month}-11T06:00:00Z`),
    endsAt: new Date(`${month}-11T07:00:00Z`),
  });
  const department = await mutate<{ id: string }>(page, "departments.create", {
    nameEn: `Protocol ${suffix}`,
    nameAr: `المراسم ${suffix}`,
    emails: [`protocol-${suffix}@taqweem.local`],
    locale: "ar",
    whatsapp: { type: "contact", recipient: "+971501234567" },
    memberIds: [],
  });
  const helper = await createUserViaApi(browser, {
    email: `axe-${suffix}@taqweem.local`,
    name: `Axe ${suffix}`,
    role: "viewer",
  });
  // Assigning a task e-mails its assignee at once, so the mailbox has a message to open.
  await mutate(page, "tasks.create", {
    eventId: event.id,
    departmentId: department.id,
    assigneeId: helper.userId,
    titleEn: `Seat the guests ${suffix}`,
    titleAr: `إجلاس الضيوف ${suffix}`,
  });
  const mailbox = await page.request.get("/api/trpc/mailbox.list");
  const { items } = transformer.deserialize<{ items: { id: string }[] }>(
    ((await mailbox.json()) as { result: { data: Parameters<typeof transformer.deserialize>[0] } }).result
      .data,
  );
  expect(items.length, "the task's e-mail is in the mailbox").toBeGreaterThan(0);
  data.mailboxMessage = `/mailbox/${items[0]!.id}`;
  data.stagedEventId = await stageScrapedEvents(page, suffix);
  const template = await mutate<{ id: string }>(page, "campaigns.templates.save", {
    name: `Invitation ${suffix}`,
    bodyEn: "Dear {{contact.name}}",
    bodyAr: "عزيزي {{contact.name}}",
  });
  const campaign = await mutate<{ id: string }>(page, "campaigns.create", {
    name: `Heritage invitation ${suffix}`,
    templateId: template.id,
    sessionId: null,
    audience: { listIds: [], segmentIds: [], contactIds: [], eventIds: [] },
    pacing: { dailyCap: null, quietHours: null },
  });
  data.campaignId = campaign.id;
  const contact = await mutate<{ id: string }>(page, "contacts.create", {
    nameEn: `Dr. Amal ${suffix}`,
    nameAr: `د. أمل ${suffix}`,
    honorific: "",
    organisation: `Museum ${suffix}`,
    position: "",
    phone: `+97155${String(Date.now() % 10_000_000).padStart(7, "0")}`,
    email: "",
    language: "ar",
    tags: ["speaker"],
    notes: "",
    consent: "opted_in",
  });
  await mutate(page, "contacts.events.attach", {
    eventId: event.id,
    contactIds: [contact.id],
    role: "speaker",
  });
  Object.assign(data, { eventId: event.id, departmentId: department.id, contactId: contact.id });
  // Every page below opens signed in as this admin, without signing in again (argon2 each time).
  data.adminSession = await context.storageState();
  await context.close();
});

const pages: Record<string, () => string> = {
  home: () => "",
  calendar: () => `/calendar?view=month&date=${month}-01`,
  event: () => `/events/${data.eventId}`,
  tasks: () => "/tasks",
  "my tasks": () => "/tasks/mine",
  users: () => "/users",
  departments: () => "/departments",
  department: () => `/departments/${data.departmentId}`,
  categories: () => "/categories",
  mailbox: () => "/mailbox",
  "mailbox message": () => data.mailboxMessage,
  whatsapp: () => "/whatsapp",
  "whatsapp messages": () => "/whatsapp/messages",
  contacts: () => "/contacts",
  contact: () => `/contacts/${data.contactId}`,
  system: () => "/system",
  sources: () => "/sources",
  "sources review": () => "/sources/review",
  "staged event": () => `/sources/review/${data.stagedEventId}`,
  campaigns: () => "/campaigns",
  "campaign templates": () => "/campaigns/templates",
  "new campaign": () => "/campaigns/new",
  campaign: () => `/campaigns/${data.campaignId}`,
  "public calendar": () => `/public?view=month&date=${month}-01`,
  "public event": () => `/public/events/${data.eventId}`,
  password: () => "/password",
};

for (const locale of ["en", "ar"] as const satisfies Locale[]) {
  test(`${locale}: the login page passes axe's WCAG 2.1 A and AA rules`, async ({ page }) => {
    await expectAccessible(page, locale, "/login");
  });

  for (const [name, path] of Object.entries(pages)) {
    test(`${locale}: the ${name} page passes axe's WCAG 2.1 A and AA rules`, async ({ browser }) => {
      const context = await browser.newContext({ storageState: data.adminSession });
      await expectAccessible(await context.newPage(), locale, path());
      await context.close();
    });
  }
}
