import { contactConsentEvents, contacts, createConnection, getDb } from "@taqweem/db";
import { type AppEvent, subscribeEvents } from "@taqweem/jobs";
import { eq } from "drizzle-orm";
import { describe, expect, inject, it } from "vitest";
import { addUser, callerFor, createOrg } from "../support/fixtures";

const contact = (phone: string, names: { nameEn?: string; nameAr?: string }) => ({
  nameEn: names.nameEn ?? "",
  nameAr: names.nameAr ?? "",
  honorific: "",
  organisation: "",
  position: "",
  phone,
  email: "",
  language: "en" as const,
  tags: [],
  notes: "",
});

async function managedOrg() {
  const { org, admin } = await createOrg("contacts");
  return { org, admin, caller: await callerFor(admin) };
}

const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error("expected a refusal");
    },
    // A server-side caller skips the HTTP error formatter: the domain error is the cause.
    (error: { message: string; cause?: { details?: unknown } }) => ({
      key: error.message,
      details: error.cause?.details,
    }),
  );

describe("contacts", () => {
  it("stores the phone as E.164 in the org's country and refuses a duplicate, naming the existing contact", async () => {
    const { caller } = await managedOrg();
    const { id } = await caller.contacts.create(contact("050 123 4567", { nameEn: "Amal" }));
    expect((await caller.contacts.get({ id })).phone).toBe("+971501234567");

    const refused = await rejection(caller.contacts.create(contact("+971 50 123 4567", { nameAr: "أمل" })));
    expect(refused).toEqual({ key: "errors.contactPhoneExists", details: { contactId: id } });
    expect(await rejection(caller.contacts.create(contact("12", { nameEn: "X" })))).toMatchObject({
      key: "errors.waInvalidPhone",
    });
  });

  it("finds Arabic names whatever the spelling of alef, ta marbuta and diacritics, and filters by list", async () => {
    const { caller } = await managedOrg();
    const { id: ahmed } = await caller.contacts.create({
      ...contact("0501111111", { nameAr: "أَحمد المدرسة" }),
      organisation: "Museum",
    });
    await caller.contacts.create(contact("0502222222", { nameEn: "Sara" }));
    const names = async (filter: object) =>
      (await caller.contacts.list({ filter })).items.map((row) => row.nameEn ?? row.nameAr);

    expect(await names({ search: "احمد المدرسه" })).toEqual(["أَحمد المدرسة"]);
    expect(await names({ search: "MUSEUM" })).toEqual(["أَحمد المدرسة"]);
    expect(await names({ search: "050 222" })).toEqual(["Sara"]);

    const { id: listId } = await caller.contacts.lists.create({ name: "Speakers", description: "" });
    await caller.contacts.lists.addMembers({ listId, contactIds: [ahmed] });
    expect(await names({ listIds: [listId] })).toEqual(["أَحمد المدرسة"]);
    expect(await caller.contacts.lists.list()).toMatchObject([{ name: "Speakers", members: 1 }]);
  });

  it("pages through contacts in name order without repeating or skipping anyone", async () => {
    const { caller } = await managedOrg();
    for (const [index, name] of ["Dana", "amal", "Basma", "Carla", "Amal"].entries())
      await caller.contacts.create(contact(`05033333${10 + index}`, { nameEn: name }));
    const first = await caller.contacts.list({ limit: 2 });
    const second = await caller.contacts.list({ limit: 2, cursor: first.nextCursor! });
    const third = await caller.contacts.list({ limit: 2, cursor: second.nextCursor! });
    expect([...first.items, ...second.items, ...third.items].map((row) => row.nameEn?.toLowerCase())).toEqual(
      ["amal", "amal", "basma", "carla", "dana"],
    );
    expect(third.nextCursor).toBeNull();
  });

  it("records who changed consent, how and when", async () => {
    const { caller, admin } = await managedOrg();
    const { id } = await caller.contacts.create({
      ...contact("0504444444", { nameEn: "Huda" }),
      consent: "opted_in",
    });
    await caller.contacts.setConsent({ id, consent: "opted_out" });
    const detail = await caller.contacts.get({ id });
    expect(detail.consent).toBe("opted_out");
    expect(detail.consentBy).toBe(admin.userId);
    expect(detail.consentHistory.map((event) => [event.previous, event.consent, event.source])).toEqual([
      ["opted_in", "opted_out", "manual"],
      ["unknown", "opted_in", "manual"],
    ]);
  });

  it("keeps organisations apart and lets viewers read, editors write and department users see nothing", async () => {
    const { caller, org } = await managedOrg();
    const { id } = await caller.contacts.create(contact("0505555555", { nameEn: "Mona" }));
    const other = await callerFor((await createOrg("other")).admin);
    expect((await other.contacts.list({})).items).toEqual([]);
    expect(await rejection(other.contacts.get({ id }))).toMatchObject({ key: "errors.notFound" });
    expect(await rejection(other.contacts.setConsent({ id, consent: "opted_in" }))).toMatchObject({
      key: "errors.notFound",
    });

    const viewer = await callerFor(await addUser(org.id, "viewer"));
    expect((await viewer.contacts.list({})).items.map((row) => row.id)).toEqual([id]);
    expect(
      await rejection(viewer.contacts.update({ id, ...contact("0505555555", { nameEn: "M" }) })),
    ).toMatchObject({ key: "errors.forbidden" });
    const department = await callerFor(await addUser(org.id, "department"));
    expect(await rejection(department.contacts.list({}))).toMatchObject({ key: "errors.forbidden" });
    expect(await rejection(department.contacts.exportCsv({}))).toMatchObject({ key: "errors.forbidden" });
    const editor = await callerFor(await addUser(org.id, "editor"));
    await editor.contacts.setFavourite({ id, favourite: true });
    expect((await viewer.contacts.list({ filter: { favourite: true } })).items).toHaveLength(1);
  });

  it("counts a saved segment's contacts when asked, not when saved", async () => {
    const { caller } = await managedOrg();
    await caller.contacts.create({ ...contact("0506666661", { nameEn: "A" }), tags: ["vip"] });
    const { id } = await caller.contacts.segments.create({ name: "VIPs", filter: { tags: ["vip"] } });
    await caller.contacts.create({ ...contact("0506666662", { nameEn: "B" }), tags: ["vip", "media"] });
    expect(await caller.contacts.segments.list()).toEqual([
      { id, name: "VIPs", filter: { tags: ["vip"] }, total: 2 },
    ]);
  });
});

describe("contacts CSV", () => {
  const importId = () => crypto.randomUUID();

  it("previews every row's problems and writes nothing, not even the valid rows, while any remain", async () => {
    const { caller, org } = await managedOrg();
    await caller.contacts.create(contact("0507777777", { nameEn: "Existing" }));
    const csv = [
      "name_en,name_ar,phone,language",
      "Good,جيد,0501234001,en",
      "Bad phone,,12345,ar",
      "Twice,,0501234001,en",
      "In database,,+971507777777,en",
      "Unknown language,,0501234002,fr",
    ].join("\n");
    const preview = await caller.contacts.import({
      csv,
      mode: "add_new",
      dryRun: true,
      importId: importId(),
    });
    expect(preview).toMatchObject({ status: "preview", total: 5, invalid: 4, written: 0 });
    expect(preview.problems).toEqual([
      { row: 3, column: "phone", key: "errors.csvInvalidPhone" },
      { row: 4, column: "phone", key: "errors.csvDuplicateInFile" },
      { row: 5, column: "phone", key: "errors.csvDuplicateInDatabase" },
      { row: 6, column: "language", key: "errors.csvUnknownLanguage" },
    ]);
    const refused = await caller.contacts.import({
      csv,
      mode: "add_new",
      dryRun: false,
      importId: importId(),
    });
    expect(refused.status).toBe("refused");
    const stored = await getDb().select().from(contacts).where(eq(contacts.orgId, org.id));
    expect(stored.map((row) => row.nameEn)).toEqual(["Existing"]);
  });

  it("reads Excel's BOM and Arabic headers, adds new contacts, updates by phone and never re-subscribes", async () => {
    const { caller, org } = await managedOrg();
    const { id: optedOut } = await caller.contacts.create({
      ...contact("0508888888", { nameEn: "Left" }),
      tags: ["old"],
      consent: "opted_out",
    });
    const csv = `\uFEFF${[
      "الاسم بالعربية,Name EN,الهاتف,اللغة,الوسوم,الموافقة",
      "فاطمة الزهراء,Fatima,0508000001,العربية,vip;media,نعم",
      "عائد,Back again,+971 50 888 8888,ar,new,opted_in",
    ].join("\r\n")}\r\n`;
    const addOnly = await caller.contacts.import({
      csv,
      mode: "add_new",
      dryRun: true,
      importId: importId(),
    });
    expect(addOnly.problems).toEqual([{ row: 3, column: "phone", key: "errors.csvDuplicateInDatabase" }]);

    const result = await caller.contacts.import({
      csv,
      mode: "update_existing",
      dryRun: false,
      importId: importId(),
    });
    expect(result).toMatchObject({
      status: "imported",
      written: 2,
      toAdd: 1,
      toUpdate: 1,
      keptOptedOut: [3],
    });

    const rows = await getDb().select().from(contacts).where(eq(contacts.orgId, org.id));
    const fatima = rows.find((row) => row.phone === "+971508000001")!;
    expect(fatima).toMatchObject({ nameAr: "فاطمة الزهراء", language: "ar", tags: ["vip", "media"] });
    expect(fatima.consent).toBe("opted_in");
    const updated = rows.find((row) => row.id === optedOut)!;
    expect(updated).toMatchObject({
      nameEn: "Back again",
      nameAr: "عائد",
      consent: "opted_out",
      tags: ["old", "new"],
    });
    const history = await getDb()
      .select()
      .from(contactConsentEvents)
      .where(eq(contactConsentEvents.contactId, fatima.id));
    expect(history.map((event) => [event.consent, event.source])).toEqual([["opted_in", "import"]]);
  });

  it("pushes the progress of a long import to the user who started it, chunk by chunk", async () => {
    const { caller, admin } = await managedOrg();
    const listener = createConnection(inject("databaseUrl"), { max: 1 });
    const seen: AppEvent[] = [];
    const { unlisten } = await subscribeEvents(listener.sql, (event) => seen.push(event));
    try {
      const rows = Array.from({ length: 2500 }, (_, i) => `Person ${i},+97156${String(i).padStart(7, "0")}`);
      const id = importId();
      const csv = ["name_en,phone", ...rows].join("\n");
      const result = await caller.contacts.import({ csv, mode: "add_new", dryRun: false, importId: id });
      expect(result).toMatchObject({ status: "imported", written: 2500 });
      await expect
        .poll(() => seen.filter((event) => event.type === "contacts.import" && event.importId === id).length)
        .toBe(4);
      const progress = seen.filter((event) => event.type === "contacts.import" && event.importId === id);
      expect(progress.map((event) => event.type === "contacts.import" && [event.done, event.total])).toEqual([
        [0, 2500],
        [1000, 2500],
        [2000, 2500],
        [2500, 2500],
      ]);
      expect(progress[0]).toMatchObject({ userId: admin.userId, orgId: admin.orgId });
    } finally {
      await unlisten();
      await listener.sql.end();
    }
  });

  it("exports the filtered view in the columns the import reads", async () => {
    const { caller } = await managedOrg();
    await caller.contacts.create({ ...contact("0509000001", { nameAr: "نور" }), tags: ["a", "b"] });
    await caller.contacts.create(contact("0509000002", { nameEn: "Other" }));
    const { content, rows } = await caller.contacts.exportCsv({ filter: { tags: ["a"] } });
    expect(rows).toBe(1);
    expect(content.split("\r\n").length).toBeGreaterThan(0);
    const [header, line] = content.replace("\uFEFF", "").trim().split("\n");
    expect(header).toBe(
      "name_en,name_ar,honorific,organisation,position,phone,email,language,tags,notes,consent",
    );
    expect(line).toBe(",نور,,,,'+971509000001,,en,a; b,,unknown");
  });
});
