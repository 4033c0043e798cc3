import type { Sql } from "@taqweem/db";

const firstAr = [
  "أحمد",
  "فاطمة",
  "محمد",
  "عائشة",
  "إبراهيم",
  "مريم",
  "خالد",
  "نورة",
  "يوسف",
  "ليلى",
  "عبدالله",
  "هدى",
];
const familyAr = ["الهاشمي", "المنصوري", "الكعبي", "الشامسي", "النعيمي", "الظاهري", "المهيري", "السويدي"];
const firstEn = [
  "Ahmed",
  "Fatima",
  "Mohammed",
  "Aisha",
  "Ibrahim",
  "Maryam",
  "Khalid",
  "Noura",
  "Yousef",
  "Layla",
];
const familyEn = ["Al Hashimi", "Al Mansouri", "Al Kaabi", "Al Shamsi", "Al Nuaimi", "Al Dhaheri"];

/** Phone i of a seeded organisation: a valid UAE mobile number, distinct for i below ten million. */
export const seededPhone = (i: number) => `+97150${String(i).padStart(7, "0")}`;

/** One contact row as the import's CSV and the plain INSERT both write it. */
export function contactRowOf(i: number) {
  return {
    name_en: `${firstEn[i % firstEn.length]} ${familyEn[(i >> 3) % familyEn.length]} ${i}`,
    name_ar: `${firstAr[i % firstAr.length]} ${familyAr[(i >> 2) % familyAr.length]}`,
    organisation: `Organisation ${i % 500}`,
    phone: seededPhone(i),
    email: `person${i}@example.test`,
    language: i % 3 === 0 ? "en" : "ar",
    tags: i % 10 === 0 ? ["vip", "media"] : ["guest"],
  };
}

/** `count` contacts in one organisation, in multi-row inserts of 5,000. */
export async function seedContacts(sql: Sql, orgId: string, count: number, first = 0): Promise<void> {
  for (let start = first; start < first + count; start += 5000) {
    const rows = Array.from({ length: Math.min(5000, first + count - start) }, (_, index) => ({
      org_id: orgId,
      ...contactRowOf(start + index),
    }));
    await sql`insert into contacts ${sql(rows)}`;
  }
  await sql`analyze contacts`;
}
