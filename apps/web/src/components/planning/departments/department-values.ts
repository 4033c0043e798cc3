import type { Locale } from "@taqweem/db/schema";
import type { Department } from "../types";

/** The department form as typed; e-mail addresses as one text, one or more per line. */
export interface DepartmentValues {
  nameEn: string;
  nameAr: string;
  emails: string;
  locale: Locale;
  whatsappType: "" | "contact" | "group";
  whatsappRecipient: string;
  memberIds: string[];
}

export const newDepartmentValues: DepartmentValues = {
  nameEn: "",
  nameAr: "",
  emails: "",
  locale: "ar",
  whatsappType: "",
  whatsappRecipient: "",
  memberIds: [],
};

export function valuesOf(department: Department): DepartmentValues {
  return {
    nameEn: department.nameEn,
    nameAr: department.nameAr,
    emails: department.emails.join("\n"),
    locale: department.locale,
    whatsappType: department.whatsappRecipientType ?? "",
    whatsappRecipient: department.whatsappRecipient ?? "",
    memberIds: department.members.map((member) => member.userId),
  };
}

/** The form's values as `departments.create` and `departments.update` take them. */
export function departmentInput(values: DepartmentValues) {
  return {
    nameEn: values.nameEn,
    nameAr: values.nameAr,
    emails: values.emails.split(/[\s,;]+/).filter(Boolean),
    locale: values.locale,
    whatsapp: values.whatsappType ? { type: values.whatsappType, recipient: values.whatsappRecipient } : null,
    memberIds: values.memberIds,
  };
}
