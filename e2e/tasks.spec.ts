import { type Browser, expect, type Page, test } from "@playwright/test";
import { e2e } from "../playwright.config";
import { dubaiDaysAhead } from "../tests/support/clock";
import { createEvent, uniqueSuffix } from "./support/calendar";
import { type Locale, messagesFor } from "./support/messages";
import { signInViaApi } from "./support/sign-in";

interface Plan {
  locale: Locale;
  t: ReturnType<typeof messagesFor>;
  suffix: string;
  user: { email: string; name: string; password: string };
  department: { nameEn: string; nameAr: string };
  /** The first task, and one that waits for it; titles in both languages. */
  first: { en: string; ar: string };
  second: { en: string; ar: string };
}

function planFor(locale: Locale): Plan {
  const suffix = uniqueSuffix();
  return {
    locale,
    t: messagesFor(locale),
    suffix,
    user: {
      email: `dept-${suffix}@taqweem.local`,
      name: `Layla ${suffix}`,
      password: `department-${suffix}`,
    },
    department: { nameEn: `Media ${suffix}`, nameAr: `الإعلام ${suffix}` },
    first: { en: `Design the poster ${suffix}`, ar: `تصميم الملصق ${suffix}` },
    second: { en: `Publish the poster ${suffix}`, ar: `نشر الملصق ${suffix}` },
  };
}

/** The reader's-language title of a task of the plan. */
const titleOf = (plan: Plan, task: { en: string; ar: string }) => task[plan.locale];

async function addDepartmentUser(page: Page, plan: Plan) {
  const { t, user } = plan;
  await page.goto(`/${plan.locale}/users`);
  await page.getByLabel(t("users.form.email")).fill(user.email);
  await page.getByLabel(t("users.form.name")).fill(user.name);
  await page.getByLabel(t("users.form.role"), { exact: true }).selectOption("department");
  await page.getByLabel(t("users.form.password")).fill(user.password);
  await page.getByRole("button", { name: t("users.form.submit") }).click();
  await expect(page.getByTestId("user-row").filter({ hasText: user.email })).toBeVisible();
}

async function addDepartment(page: Page, plan: Plan) {
  const { t, department } = plan;
  await page.goto(`/${plan.locale}/departments`);
  await page.getByRole("button", { name: t("departments.new") }).click();
  const dialog = page.getByRole("dialog", { name: t("departments.newTitle") });
  await dialog.getByLabel(t("departments.form.nameEn")).fill(department.nameEn);
  await dialog.getByLabel(t("departments.form.nameAr")).fill(department.nameAr);
  await dialog.getByLabel(t("departments.form.emails")).fill(`media-${plan.suffix}@taqweem.local`);
  await dialog.getByRole("checkbox", { name: new RegExp(plan.user.name) }).check();
  await dialog.getByRole("button", { name: t("departments.create") }).click();
  await expect(dialog).toBeHidden();
  const row = page
    .getByTestId("department-row")
    .filter({ hasText: department[plan.locale === "ar" ? "nameAr" : "nameEn"] });
  await expect(row).toContainText(plan.user.name);
  return row;
}

async function addTemplate(page: Page, plan: Plan, title: { en: string; ar: string }, waitsFor?: string) {
  const { t } = plan;
  await page.getByRole("button", { name: t("templates.new") }).click();
  const dialog = page.getByRole("dialog", { name: t("templates.newTitle") });
  await dialog.getByLabel(t("event.fields.titleEn")).fill(title.en);
  await dialog.getByLabel(t("event.fields.titleAr")).fill(title.ar);
  await dialog.getByLabel(t("templates.form.amount")).fill("2");
  await dialog.getByLabel(t("templates.form.unit")).selectOption("days");
  await dialog.getByLabel(t("templates.form.direction")).selectOption("before");
  if (waitsFor) await dialog.getByRole("checkbox", { name: waitsFor }).check();
  await dialog.getByRole("button", { name: t("templates.create") }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId("template-row").filter({ hasText: titleOf(plan, title) })).toBeVisible();
}

/** The task's card, found by its own title (its details may name other tasks). */
function taskCard(page: Page, plan: Plan, task: { en: string; ar: string }) {
  return page
    .getByTestId("task-card")
    .filter({ has: page.getByTestId("task-heading").filter({ hasText: titleOf(plan, task) }) });
}

function statusControl(page: Page, plan: Plan, task: { en: string; ar: string }) {
  return taskCard(page, plan, task).getByRole("combobox", {
    name: plan.t("tasks.statusOf", { title: titleOf(plan, task) }),
  });
}

/** The department user's own browser, signed in as them. */
async function departmentUserPage(browser: Browser, plan: Plan): Promise<Page> {
  const context = await browser.newContext({ locale: plan.locale === "ar" ? "ar-AE" : "en-GB" });
  const page = await context.newPage();
  await signInViaApi(page, plan.user);
  return page;
}

for (const locale of ["en", "ar"] as const) {
  test(`(${locale}) a department user completes a task from My tasks; the admin sees it done, the bell and the mailbox tell of it`, async ({
    page,
    browser,
  }) => {
    test.setTimeout(180_000);
    const plan = planFor(locale);
    const { t } = plan;
    await signInViaApi(page, e2e.admin);

    // Admin: a department user, their department and two templates, the second waiting for the first.
    await addDepartmentUser(page, plan);
    const row = await addDepartment(page, plan);
    await row.getByRole("link", { name: new RegExp(`^${t("departments.templatesLink")}`) }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(
      plan.locale === "ar" ? plan.department.nameAr : plan.department.nameEn,
    );
    await expect(page.getByText(t("templates.emptyTitle"))).toBeVisible();
    await addTemplate(page, plan, plan.first);
    await addTemplate(page, plan, plan.second, titleOf(plan, plan.first));
    await expect(
      page.getByTestId("template-row").filter({ hasText: titleOf(plan, plan.second) }),
    ).toContainText(titleOf(plan, plan.first));

    // An event (made through the API: this spec is not about events), then the assignment. It
    // starts at 10:00 Dubai, so "the morning of, at 08:00" is before it whatever the hour now.
    const startsAt = dubaiDaysAhead(10, "10:00");
    const event = await createEvent(page, {
      titleEn: `Open day ${plan.suffix}`,
      titleAr: `اليوم المفتوح ${plan.suffix}`,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 3 * 60 * 60 * 1000),
      status: "published",
    });
    await page.goto(`/${locale}/events/${event.id}`);
    const planning = page.getByTestId("event-planning");
    await expect(planning.getByText(t("planning.section.emptyTitle"))).toBeVisible();
    await planning.getByRole("button", { name: t("planning.section.assign") }).click();
    const assign = page.getByRole("dialog", { name: t("planning.assign.title") });
    await assign
      .getByLabel(t("planning.assign.department"))
      .selectOption({ label: plan.locale === "ar" ? plan.department.nameAr : plan.department.nameEn });
    await expect(assign.getByRole("checkbox", { name: titleOf(plan, plan.first) })).toBeChecked();
    await expect(assign.getByRole("checkbox", { name: titleOf(plan, plan.second) })).toBeChecked();
    await assign.getByRole("button", { name: t("planning.assign.submit") }).click();
    await expect(assign).toBeHidden();
    await expect(taskCard(page, plan, plan.first)).toHaveAttribute("data-status", "pending");
    await expect(taskCard(page, plan, plan.second)).toHaveAttribute("data-status", "waiting");

    // The first task goes to the department user by name: they hear of it.
    const first = taskCard(page, plan, plan.first);
    await first.getByRole("button", { name: t("tasks.showDetails") }).click();
    await first.getByRole("button", { name: t("tasks.edit") }).click();
    const edit = page.getByRole("dialog", { name: t("tasks.editTitle") });
    await edit.getByLabel(t("tasks.form.assignee")).selectOption({ label: plan.user.name });
    await edit.getByRole("button", { name: t("tasks.save") }).click();
    await expect(edit).toBeHidden();
    await expect(first).toContainText(t("tasks.assignedTo", { name: plan.user.name }));

    // A reminder on the morning of the event, with the time it goes out next.
    await planning.getByRole("button", { name: t("reminders.new") }).click();
    const reminder = page.getByRole("dialog", { name: t("reminders.newTitle") });
    await reminder.getByRole("radio", { name: t("reminders.offsets.morning_of") }).check();
    await reminder.getByRole("button", { name: t("reminders.create") }).click();
    await expect(reminder).toBeHidden();
    const reminderRow = page
      .getByTestId("reminder-row")
      .filter({ hasText: t("reminders.offsets.morning_of") });
    await expect(reminderRow.getByTestId("reminder-next")).toContainText(/\b0?8:00/);

    // The department user: the bell, then My tasks, where they start, comment on and finish the task.
    const member = await departmentUserPage(browser, plan);
    await member.goto(`/${locale}/tasks/mine`);
    await expect(member.locator("html")).toHaveAttribute("dir", locale === "ar" ? "rtl" : "ltr");
    await expect(member.getByTestId("unread-count")).toHaveText("1");
    await member.getByRole("button", { name: t("notifications.openWithUnread", { count: "1" }) }).click();
    await expect(
      member.getByTestId("notification").filter({ hasText: titleOf(plan, plan.first) }),
    ).toBeVisible();
    await member.getByRole("button", { name: t("notifications.markAllRead") }).click();
    await expect(member.getByTestId("unread-count")).toHaveCount(0);
    await member.keyboard.press("Escape");

    await expect(taskCard(member, plan, plan.first)).toBeVisible();
    await expect(taskCard(member, plan, plan.second)).toHaveAttribute("data-status", "waiting");
    await statusControl(member, plan, plan.first).selectOption("in_progress");
    await expect(taskCard(member, plan, plan.first)).toHaveAttribute("data-status", "in_progress");
    const mine = taskCard(member, plan, plan.first);
    await mine.getByRole("button", { name: t("tasks.showDetails") }).click();
    const comment = locale === "ar" ? "الملصق جاهز للمراجعة" : "The poster is ready for review";
    await mine.getByLabel(t("tasks.comments.label")).fill(comment);
    await mine.getByRole("button", { name: t("tasks.comments.send") }).click();
    await expect(mine.getByTestId("task-comment")).toContainText(comment);
    await expect(mine.getByTestId("task-comment")).toContainText(plan.user.name);
    await statusControl(member, plan, plan.first).selectOption("completed");
    await expect(mine).toHaveAttribute("data-status", "completed");
    // The task that waited for it can start now, and its people (the department) are told.
    await expect(taskCard(member, plan, plan.second)).toHaveAttribute("data-status", "pending");
    await expect(member.getByTestId("unread-count")).toHaveText("1");
    await member.context().close();

    // Admin: the event page shows the task completed, with the comment.
    await page.reload();
    await expect(first).toHaveAttribute("data-status", "completed");
    await expect(statusControl(page, plan, plan.first)).toHaveValue("completed");
    await first.getByRole("button", { name: t("tasks.showDetails") }).click();
    await expect(first.getByTestId("task-comment")).toContainText(comment);

    // The mailbox kept the assignment e-mail (no provider in tests), shown sandboxed.
    await page.goto(`/${locale}/mailbox?status=captured`);
    await expect(page.getByText(t("mailbox.capturedExplained"))).toBeVisible();
    const mail = page.getByTestId("mailbox-row").filter({ hasText: plan.user.email });
    await expect(mail.first()).toBeVisible();
    await mail
      .filter({ hasText: titleOf(plan, plan.first) })
      .first()
      .getByRole("link")
      .click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(titleOf(plan, plan.first));
    const preview = page.locator("iframe");
    await expect(preview).toHaveAttribute("sandbox", "");
    await expect(
      preview.contentFrame().getByText(titleOf(plan, plan.first)).filter({ visible: true }).first(),
    ).toBeVisible();
  });
}

test("(en) task filters stay in the address, and template cycles are refused with a clear message", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const plan = planFor("en");
  const { t } = plan;
  await signInViaApi(page, e2e.admin);
  await addDepartmentUser(page, plan);
  const row = await addDepartment(page, plan);
  await row.getByRole("link", { name: new RegExp(`^${t("departments.templatesLink")}`) }).click();
  await addTemplate(page, plan, plan.first);
  await addTemplate(page, plan, plan.second, plan.first.en);

  // The first template may not wait for the second, which already waits for it.
  await page.getByRole("button", { name: `${t("templates.edit")} ${plan.first.en}` }).click();
  const dialog = page.getByRole("dialog", { name: t("templates.editTitle") });
  await dialog.getByRole("checkbox", { name: plan.second.en }).check();
  await dialog.getByRole("button", { name: t("templates.save") }).click();
  await expect(dialog.getByText(t("errors.prerequisiteCycle"))).toBeVisible();
  await dialog.getByRole("button", { name: t("templates.form.cancel") }).click();

  // Deleting a department that still has tasks is refused, translated.
  const startsAt = dubaiDaysAhead(2, "10:00");
  const event = await createEvent(page, {
    titleEn: `Filters ${plan.suffix}`,
    startsAt,
    endsAt: new Date(startsAt.getTime() + 60 * 60 * 1000),
  });
  await page.goto(`/en/events/${event.id}`);
  await page.getByRole("button", { name: t("planning.section.assign") }).click();
  const assign = page.getByRole("dialog", { name: t("planning.assign.title") });
  await assign.getByLabel(t("planning.assign.department")).selectOption({ label: plan.department.nameEn });
  await assign.getByRole("button", { name: t("planning.assign.submit") }).click();
  await expect(taskCard(page, plan, plan.first)).toBeVisible();

  await page.goto("/en/departments");
  await page
    .getByTestId("department-row")
    .filter({ hasText: plan.department.nameEn })
    .getByRole("button", { name: new RegExp(`^${t("departments.delete")}`) })
    .click();
  const confirm = page.getByRole("dialog", { name: t("departments.deleteTitle") });
  await confirm.getByRole("button", { name: t("departments.deleteConfirm") }).click();
  await expect(confirm.getByRole("alert")).toHaveText(t("errors.departmentInUse"));
  await confirm.getByRole("button", { name: t("dialog.back") }).click();

  // Filters on the tasks page live in the address and survive a reload.
  await page.goto("/en/tasks");
  // The list is rendered on the server: the first choice may come before the page is hydrated.
  await expect(async () => {
    await page
      .getByLabel(t("tasks.filters.department"), { exact: true })
      .selectOption({ label: plan.department.nameEn });
    await expect(page).toHaveURL(/department=[0-9a-f-]{36}/, { timeout: 1000 });
  }).toPass();
  await page.getByLabel(t("tasks.filters.status"), { exact: true }).selectOption("waiting");
  await page.getByLabel(t("tasks.filters.thisWeek")).check();
  await expect(page).toHaveURL(/status=waiting/);
  await expect(page).toHaveURL(/week=1/);
  await page.reload();
  await expect(page.getByLabel(t("tasks.filters.status"), { exact: true })).toHaveValue("waiting");
  await expect(page.getByTestId("task-card")).toHaveCount(1);
  await expect(taskCard(page, plan, plan.second)).toBeVisible();
  const link = taskCard(page, plan, plan.second).getByRole("link").first();
  await expect(link).toHaveAttribute("href", new RegExp(`/en/events/${event.id}#task-`));
});
