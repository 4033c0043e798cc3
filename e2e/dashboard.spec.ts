import { type Browser, expect, type Page, test } from "@playwright/test";
import { e2e } from "../playwright.config";
import { dubaiDaysAhead, dubaiMonthDay } from "../tests/support/clock";
import { createCategory, mutate, uniqueSuffix } from "./support/calendar";
import { type Locale, messagesFor } from "./support/messages";
import { signInViaApi } from "./support/sign-in";

const hour = 3_600_000;

/**
 * What the admin sets up through the API: a category, today's event in it, a monthly event from
 * next month on (three times), an event nobody plans, a department with a member and two tasks
 * (one overdue), and a WhatsApp number that is not linked.
 */
async function setUp(page: Page, locale: Locale) {
  const suffix = uniqueSuffix();
  const category = await createCategory(page, {
    nameEn: `Talks ${suffix}`,
    nameAr: `محاضرات ${suffix}`,
    color: "#7c3aed",
  });
  const event = (titleEn: string, titleAr: string, startsAt: Date, extra: Record<string, unknown> = {}) =>
    mutate<{ id: string }>(page, "events.create", {
      titleEn,
      titleAr,
      startsAt,
      endsAt: new Date(startsAt.getTime() + hour),
      status: "published",
      ...extra,
    });
  const today = await event(`Today's talk ${suffix}`, `محاضرة اليوم ${suffix}`, dubaiDaysAhead(0, "10:00"), {
    categoryId: category.id,
  });
  const nextMonth = dubaiMonthDay(1, 15);
  await event(`Monthly talk ${suffix}`, `المحاضرة الشهرية ${suffix}`, nextMonth.at, {
    categoryId: category.id,
    rrule: "FREQ=MONTHLY;COUNT=3",
  });
  const unplanned = await event(`Unplanned ${suffix}`, `بلا تخطيط ${suffix}`, dubaiDaysAhead(1, "07:00"));

  const member = {
    email: `dash-${suffix}@taqweem.local`,
    password: `department-${suffix}`,
    name: `Dana ${suffix}`,
  };
  const { userId } = await mutate<{ userId: string }>(page, "users.create", {
    ...member,
    role: "department",
    locale,
  });
  const department = await mutate<{ id: string }>(page, "departments.create", {
    nameEn: `Hospitality ${suffix}`,
    nameAr: `الضيافة ${suffix}`,
    emails: [],
    memberIds: [userId],
  });
  const task = (titleEn: string, titleAr: string, dueAt: Date) =>
    mutate<{ id: string }>(page, "tasks.create", {
      eventId: today.id,
      departmentId: department.id,
      titleEn,
      titleAr,
      dueAt,
    });
  const later = await task(`Print badges ${suffix}`, `طباعة البطاقات ${suffix}`, dubaiDaysAhead(3, "12:00"));
  const late = await task(`Book caterer ${suffix}`, `حجز الضيافة ${suffix}`, dubaiDaysAhead(-1, "12:00"));
  const session = `Desk ${suffix}`;
  await mutate(page, "whatsapp.sessions.create", { name: session });
  return {
    suffix,
    category,
    today,
    unplanned,
    member,
    department,
    tasks: { late, later },
    session,
    nextMonth,
  };
}

type Plan = Awaited<ReturnType<typeof setUp>>;

async function memberPage(browser: Browser, plan: Plan): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInViaApi(page, plan.member);
  return page;
}

/** The text of a bilingual value in the reader's language. */
const pick = (locale: Locale, en: string, ar: string) => (locale === "ar" ? ar : en);

/** Fails the test on any Content-Security-Policy report in the console (the chart's inline styles). */
function watchCsp(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

async function expectChartCounts(page: Page, locale: Locale, plan: Plan) {
  const t = messagesFor(locale);
  const chart = page.getByTestId("dashboard-chart");
  await expect(chart.getByRole("application", { name: t("home.chart.name") })).toBeVisible();
  await chart.getByText(t("home.chart.showTable")).click();
  const table = chart.getByRole("table", { name: t("home.chart.caption") });
  await expect(table).toBeVisible();
  await expect(
    table.getByRole("columnheader", { name: pick(locale, `Talks ${plan.suffix}`, `محاضرات ${plan.suffix}`) }),
  ).toBeVisible();
  const cell = (months: number) =>
    table.locator(`tr[data-month="${dubaiMonthDay(months, 1).key}"] td[data-series="${plan.category.id}"]`);
  await expect(cell(0)).toHaveText("1");
  for (const months of [1, 2, 3]) await expect(cell(months)).toHaveText("1");
  await expect(cell(4)).toHaveText("0");
  await expect(table.locator("tbody tr")).toHaveCount(12);
}

for (const locale of ["en", "ar"] as const) {
  test(`(${locale}) the admin's dashboard: events, planning, WhatsApp and the chart with its table`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const t = messagesFor(locale);
    const violations = watchCsp(page);
    await signInViaApi(page, e2e.admin);
    const plan = await setUp(page, locale);
    await page.goto(`/${locale}`);
    await expect(
      page.locator(`html[lang="${locale}"][dir="${locale === "ar" ? "rtl" : "ltr"}"]`),
    ).toHaveCount(1);

    const todayTitle = pick(locale, `Today's talk ${plan.suffix}`, `محاضرة اليوم ${plan.suffix}`);
    const today = page.getByTestId("dashboard-today");
    await expect(today.getByRole("heading", { name: t("home.today.title") })).toBeVisible();
    await expect(today.getByRole("link", { name: todayTitle })).toHaveAttribute(
      "href",
      `/${locale}/events/${plan.today.id}`,
    );
    await expect(page.getByTestId("dashboard-week").getByRole("link", { name: todayTitle })).toBeVisible();

    // The department is behind by one task; its link opens the tasks page filtered to it.
    const overdue = page
      .getByTestId("overdue-department")
      .filter({ hasText: pick(locale, `Hospitality ${plan.suffix}`, `الضيافة ${plan.suffix}`) });
    await expect(overdue.getByTestId("overdue-count")).toHaveText(t("home.overdue.count", { count: "1" }));
    await expect(overdue.getByRole("link")).toHaveAttribute(
      "href",
      `/${locale}/tasks?department=${plan.department.id}&overdue=1`,
    );

    const unplanned = page
      .getByTestId("dashboard-unassigned-events")
      .getByRole("link", { name: pick(locale, `Unplanned ${plan.suffix}`, `بلا تخطيط ${plan.suffix}`) });
    await expect(unplanned).toHaveAttribute("href", `/${locale}/events/${plan.unplanned.id}`);

    const session = page.getByTestId("attention-session").filter({ hasText: plan.session });
    await expect(session.getByTestId("session-status")).toHaveAttribute("data-status", "disconnected");
    await expect(session.getByRole("link", { name: plan.session })).toHaveAttribute(
      "href",
      `/${locale}/whatsapp`,
    );

    await expect(page.getByTestId("dashboard-failed-emails").getByRole("heading")).toHaveText(
      t("home.failedEmails.title"),
    );
    await expect(page.getByTestId("dashboard-failed-whatsapp").getByRole("heading")).toHaveText(
      t("home.failedWhatsApp.title"),
    );

    await expectChartCounts(page, locale, plan);

    // Months run with the reading direction: in Arabic the first month is on the right, and the
    // count axis stands on the right.
    const firstMonth = await page
      .locator("[data-testid=events-chart-table] tbody tr th")
      .first()
      .textContent();
    const lastMonth = await page.locator("[data-testid=events-chart-table] tbody tr th").last().textContent();
    const tick = (label: string | null) =>
      page.locator(".recharts-xAxis-tick-labels text", { hasText: label ?? "" }).first();
    const first = (await tick(firstMonth).boundingBox())!;
    const last = (await tick(lastMonth).boundingBox())!;
    const plot = (await page.getByTestId("events-chart").boundingBox())!;
    const yAxis = (await page.locator(".recharts-yAxis-tick-labels").boundingBox())!;
    if (locale === "ar") {
      expect(first.x).toBeGreaterThan(last.x);
      expect(yAxis.x).toBeGreaterThan(plot.x + plot.width / 2);
    } else {
      expect(first.x).toBeLessThan(last.x);
      expect(yAxis.x).toBeLessThan(plot.x + plot.width / 2);
    }
    expect(violations).toEqual([]);
  });

  test(`(${locale}) a department user's dashboard: their tasks overdue first, no admin sections`, async ({
    page,
    browser,
  }) => {
    test.setTimeout(120_000);
    const t = messagesFor(locale);
    await signInViaApi(page, e2e.admin);
    const plan = await setUp(page, locale);
    const member = await memberPage(browser, plan);
    const violations = watchCsp(member);
    await member.goto(`/${locale}`);
    await expect(member.locator("html")).toHaveAttribute("dir", locale === "ar" ? "rtl" : "ltr");
    await expect(member.getByRole("heading", { level: 1 })).toHaveText(
      t("home.welcome", { name: plan.member.name }),
    );

    await expect(
      member.getByTestId("dashboard-today").getByRole("link", {
        name: pick(locale, `Today's talk ${plan.suffix}`, `محاضرة اليوم ${plan.suffix}`),
      }),
    ).toBeVisible();

    const tasks = member.getByTestId("dashboard-my-tasks").getByTestId("dashboard-task");
    await expect(tasks).toHaveCount(2);
    await expect(tasks.first()).toHaveAttribute("data-overdue", "true");
    await expect(tasks.first().getByRole("link")).toHaveText(
      pick(locale, `Book caterer ${plan.suffix}`, `حجز الضيافة ${plan.suffix}`),
    );
    await expect(tasks.first().getByRole("link")).toHaveAttribute(
      "href",
      `/${locale}/events/${plan.today.id}#task-${plan.tasks.late.id}`,
    );
    await expect(tasks.nth(1)).not.toHaveAttribute("data-overdue", "true");
    await expect(member.getByTestId("my-overdue-count")).toHaveText(
      t("home.myTasks.overdueCount", { count: "1" }),
    );

    for (const section of [
      "dashboard-overdue-departments",
      "dashboard-unassigned-events",
      "dashboard-whatsapp",
      "dashboard-failed-emails",
      "dashboard-failed-whatsapp",
    ])
      await expect(member.getByTestId(section)).toHaveCount(0);
    await expect(member.getByText(t("home.whatsapp.title"))).toHaveCount(0);

    await expectChartCounts(member, locale, plan);
    expect(violations).toEqual([]);
    await member.context().close();
  });
}
