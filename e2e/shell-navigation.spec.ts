import { expect, type Page, test } from "@playwright/test";
import { e2e } from "../playwright.config";
import { messagesFor } from "./support/messages";
import { signInViaApi } from "./support/sign-in";

const en = messagesFor("en");
const ar = messagesFor("ar");

const adminItems = ["users", "departments", "categories", "mailbox", "system"];
const planItems = ["calendar", "tasks", "myTasks"];
const sourcesItems = ["review", "sources"];
const outreachItems = ["whatsapp", "contacts", "campaigns"];

const mainNav = (page: Page, t = en) => page.getByRole("navigation", { name: t("nav.label") });
const group = (page: Page, key: string, t = en) =>
  mainNav(page, t).getByRole("list", { name: t(`nav.groups.${key}`) });

test("at 1366 px the sidebar lists an admin's groups in one column, one line per item", async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await signInViaApi(page, e2e.admin);
  await page.goto("/en/users");
  await expect(page.getByRole("button", { name: en("nav.menu"), exact: true })).toBeHidden();

  for (const key of ["plan", "outreach", "sources", "administration"]) {
    await expect(mainNav(page).getByRole("heading", { name: en(`nav.groups.${key}`) })).toBeVisible();
  }
  await expect(group(page, "outreach").getByRole("link")).toHaveText(
    outreachItems.map((key) => en(`nav.${key}`)),
  );
  await expect(group(page, "sources").getByRole("link")).toHaveText(
    sourcesItems.map((key) => en(`nav.${key}`)),
  );
  await expect(group(page, "administration").getByRole("link", { name: en("nav.users") })).toHaveAttribute(
    "aria-current",
    "page",
  );

  const links = mainNav(page).getByRole("link");
  await expect(links).toHaveCount(
    1 + planItems.length + outreachItems.length + sourcesItems.length + adminItems.length,
  );
  const boxes = await Promise.all((await links.all()).map((link) => link.boundingBox()));
  const heights = boxes.map((box) => box!.height);
  for (const [index, box] of boxes.entries()) {
    // One column: every item starts at the same x, each below the one before, none taller than the first.
    expect(box!.x).toBe(boxes[0]!.x);
    if (index > 0) expect(box!.y).toBeGreaterThan(boxes[index - 1]!.y + boxes[index - 1]!.height - 1);
    expect(box!.height).toBe(heights[0]);
  }
  // …and the column fits in the window, beside the page.
  const last = boxes.at(-1)!;
  expect(last.y + last.height).toBeLessThan(768);
  await expect(page.getByRole("main")).toBeVisible();
  expect((await page.getByRole("main").boundingBox())!.x).toBeGreaterThanOrEqual(
    boxes[0]!.x + boxes[0]!.width,
  );
});

test("a viewer sees Plan, and Outreach without WhatsApp", async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await signInViaApi(page, e2e.viewer);
  await page.goto("/en/tasks/mine");
  await expect(mainNav(page).getByRole("heading")).toHaveText([
    en("nav.groups.plan"),
    en("nav.groups.outreach"),
  ]);
  await expect(mainNav(page).getByRole("link")).toHaveText([
    en("nav.home"),
    ...planItems.map((key) => en(`nav.${key}`)),
    en("nav.contacts"),
    en("nav.campaigns"),
  ]);
  await expect(mainNav(page).getByRole("link", { name: en("nav.myTasks") })).toHaveAttribute(
    "aria-current",
    "page",
  );
  await expect(mainNav(page).getByRole("link", { name: en("nav.tasks"), exact: true })).not.toHaveAttribute(
    "aria-current",
  );
});

test("on a phone the drawer opens and closes by keyboard, and comes from the right in Arabic", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInViaApi(page, e2e.admin);

  await page.goto("/en/calendar");
  // While the modal drawer is open the page behind it is inert, hence includeHidden.
  const menu = page.getByRole("button", { name: en("nav.menu"), exact: true, includeHidden: true });
  await expect(mainNav(page)).toBeHidden();
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  const drawerId = await menu.getAttribute("aria-controls");
  await menu.focus();
  await page.keyboard.press("Enter");
  const drawer = page.getByRole("dialog", { name: en("nav.menu") });
  await expect(drawer).toBeVisible();
  await expect(drawer).toHaveAttribute("id", drawerId!);
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  // In English it hangs from the left edge.
  await expect.poll(async () => (await drawer.boundingBox())?.x).toBe(0);

  // Focus stays inside: tabbing all the way round never leaves the drawer.
  const close = drawer.getByRole("button", { name: en("nav.close") });
  await expect(close).toBeFocused();
  for (let step = 0; step < 15; step++) {
    await page.keyboard.press("Tab");
    expect(await drawer.evaluate((node) => node.contains(document.activeElement))).toBe(true);
  }
  await page.keyboard.press("Escape");
  await expect(drawer).toBeHidden();
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(menu).toBeFocused();

  // The close button closes it, and so does following a link.
  await page.keyboard.press("Enter");
  await drawer.getByRole("button", { name: en("nav.close") }).press("Enter");
  await expect(drawer).toBeHidden();
  await menu.click();
  await drawer.getByRole("link", { name: en("nav.tasks"), exact: true }).click();
  await expect(page).toHaveURL(/\/en\/tasks$/);
  await expect(drawer).toBeHidden();
  await expect(menu).toHaveAttribute("aria-expanded", "false");

  await page.goto("/ar/calendar");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  const arMenu = page.getByRole("button", { name: ar("nav.menu"), exact: true });
  await arMenu.focus();
  await page.keyboard.press("Enter");
  const arDrawer = page.getByRole("dialog", { name: ar("nav.menu") });
  await expect(arDrawer).toBeVisible();
  await expect(group(page, "administration", ar).getByRole("link", { name: ar("nav.system") })).toBeVisible();
  // In Arabic it hangs from the right edge of the 390 px window.
  await expect
    .poll(async () => {
      const box = await arDrawer.boundingBox();
      return box && Math.round(box.x + box.width);
    })
    .toBe(390);
  expect((await arDrawer.boundingBox())!.x).toBeGreaterThan(0);
  await page.keyboard.press("Escape");
  await expect(arDrawer).toBeHidden();
});
