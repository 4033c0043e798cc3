import { expect, test } from "@playwright/test";
import { e2e } from "../playwright.config";
import { uniqueSuffix } from "./support/calendar";
import { type Locale, messagesFor } from "./support/messages";
import { signInViaApi } from "./support/sign-in";
import { createSession, simulateScan, waitForWaWorker } from "./support/whatsapp";

const csvFile = (name: string, rows: string[]) => ({
  name,
  mimeType: "text/csv",
  // Excel's "CSV UTF-8" starts with a byte order mark.
  buffer: Buffer.from(`\uFEFF${rows.join("\r\n")}\r\n`, "utf8"),
});

/** Three UAE mobile numbers no other run of the suite uses. */
const phonesFor = (seed: number) =>
  [0, 1, 2].map((index) => `+97150${String((seed + index) % 10_000_000).padStart(7, "0")}`);

const settings = {
  en: { header: "name_en,name_ar,phone,language,tags", stop: "STOP" },
  ar: { header: "الاسم بالإنجليزية,الاسم بالعربية,الهاتف,اللغة,الوسوم", stop: "إيقاف" },
} as const;

for (const [offset, locale] of (["en", "ar"] as const satisfies Locale[]).entries()) {
  test(`${locale}: contacts are imported from CSV after a preview, put on a list, and a STOP reply opts one out`, async ({
    page,
  }) => {
    const t = messagesFor(locale);
    const suffix = uniqueSuffix();
    const phones = phonesFor(Date.now() + offset * 3);
    const people = phones.map((phone, index) => ({
      phone,
      nameEn: `Guest ${index + 1} ${suffix}`,
      nameAr: `ضيف ${index + 1} ${suffix}`,
    }));
    const nameOf = (person: (typeof people)[number]) => (locale === "ar" ? person.nameAr : person.nameEn);
    await signInViaApi(page, e2e.admin);
    await waitForWaWorker(page);

    // A number on the simulator, for the contact's reply later.
    await page.goto(`/${locale}/whatsapp`);
    const card = await createSession(page, t, `${t("contacts.title")} ${suffix}`);
    await card.getByRole("button", { name: t("whatsapp.link.withQr") }).click();
    await simulateScan(card, t);

    // The preview lists every row's problems and writes nothing while any remain.
    await page.goto(`/${locale}/contacts`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("contacts.title"));
    await page.getByRole("button", { name: t("contacts.importCsv") }).click();
    const dialog = page.getByRole("dialog", { name: t("contacts.import.title") });
    const rows = people.map((person) => `${person.nameEn},${person.nameAr},${person.phone},${locale},vip`);
    await dialog
      .getByLabel(t("contacts.import.chooseFile"))
      .setInputFiles(
        csvFile("bad.csv", [settings[locale].header, ...rows, `Broken ${suffix},,12345,en,`, rows[0]!]),
      );
    await expect(dialog.getByTestId("import-problem")).toHaveCount(2);
    await expect(dialog.getByText(t("errors.csvInvalidPhone"))).toBeVisible();
    await expect(dialog.getByText(t("errors.csvDuplicateInFile"))).toBeVisible();
    await expect(dialog.getByTestId("import-now")).toBeDisabled();

    await dialog
      .getByLabel(t("contacts.import.chooseFile"))
      .setInputFiles(csvFile("good.csv", [settings[locale].header, ...rows]));
    await expect(dialog.getByTestId("import-row")).toHaveCount(3);
    await expect(dialog.getByTestId("import-row").first()).toHaveAttribute("data-action", "add");
    await dialog.getByTestId("import-now").click();
    await expect(dialog.getByTestId("contacts-imported")).toBeVisible();
    await dialog.getByRole("button", { name: t("contacts.import.done") }).click();

    await page.getByRole("searchbox", { name: t("contacts.filters.search") }).fill(suffix);
    await expect(page.getByTestId("contact-row")).toHaveCount(3);
    await expect(page.getByTestId("contact-row").first()).toContainText(nameOf(people[0]!));

    // A list with two of them.
    const listName = `${t("contacts.lists.title")} ${suffix}`;
    await page.getByLabel(t("contacts.lists.name")).fill(listName);
    await page.getByRole("button", { name: t("contacts.lists.create") }).click();
    const lists = page.getByTestId("contact-lists");
    await expect(lists).toContainText(listName);
    for (const person of people.slice(0, 2))
      await page.getByRole("checkbox", { name: t("contacts.selectRow", { name: nameOf(person) }) }).check();
    await page.getByLabel(t("contacts.addToList")).selectOption({ label: listName });
    await page.getByRole("button", { name: t("contacts.addToListNow"), exact: true }).click();
    await expect(page.getByTestId("add-to-list")).toHaveCount(0);
    await lists.getByRole("button", { name: new RegExp(`^${listName}`) }).click();
    await expect(page).toHaveURL(/list=/);
    await expect(page.getByTestId("contact-row")).toHaveCount(2);

    // The first contact answers STOP on the simulator: opted out at once, with the reply on their page.
    await page.goto(`/${locale}/whatsapp`);
    const reply = card.getByTestId("simulate-reply");
    await reply.getByLabel(t("contacts.simulateReply.from")).fill(people[0]!.phone);
    await reply.getByLabel(t("contacts.simulateReply.text")).fill(settings[locale].stop);
    await reply.getByRole("button", { name: t("contacts.simulateReply.send") }).click();
    await expect(reply.getByText(t("contacts.simulateReply.sent"))).toBeVisible();

    await page.goto(`/${locale}/contacts?q=${encodeURIComponent(people[0]!.phone)}`);
    await page.getByRole("link", { name: nameOf(people[0]!) }).click();
    await expect(page.getByTestId("contact-phone")).toHaveText(people[0]!.phone);
    await expect(async () => {
      await page.reload();
      await expect(page.getByTestId("consent-badge").first()).toHaveAttribute("data-consent", "opted_out", {
        timeout: 2_000,
      });
    }).toPass({ timeout: 20_000 });
    await expect(page.getByTestId("consent-badge").first()).toHaveText(t("contacts.consents.opted_out"));
    await expect(page.getByTestId("inbound-messages")).toContainText(settings[locale].stop);
    await expect(page.getByTestId("consent-history")).toContainText(t("contacts.sources.whatsapp_reply"));
  });
}
