import { z } from "zod";
import { id, localeInput, requiredText } from "../shared-inputs";
import { whatsappTarget } from "../whatsapp/target-input";

/** A department's fields as admins edit them (no defaults: an update changes only what it names). */
const departmentFields = z.object({
  nameEn: requiredText(120),
  nameAr: requiredText(120),
  emails: z
    .array(
      z
        .email()
        .max(254)
        .transform((email) => email.toLowerCase()),
    )
    .max(20),
  /** Language of the shared mailboxes and WhatsApp group. */
  locale: localeInput,
  whatsapp: whatsappTarget.nullable(),
  /** Users with the department role who work in it. */
  memberIds: z.array(id).max(500),
});

const { emails, locale, whatsapp, memberIds } = departmentFields.shape;

export const createDepartmentInput = departmentFields.extend({
  emails: emails.default([]),
  locale: locale.default("ar"),
  whatsapp: whatsapp.default(null),
  memberIds: memberIds.default([]),
});

export type DepartmentInput = z.infer<typeof createDepartmentInput>;

/** Only the fields given change; `memberIds` replaces the member list. */
export const updateDepartmentInput = departmentFields.partial().extend({ id });

export type DepartmentChanges = Omit<z.infer<typeof updateDepartmentInput>, "id">;

/** An event's departments, or one department's place on it. */
export const eventDepartmentsInput = z.object({ eventId: id });

export const eventDepartmentInput = eventDepartmentsInput.extend({ departmentId: id });

export type EventDepartment = z.infer<typeof eventDepartmentInput>;

/** Assigns the department, or changes which of its templates apply (the list is the new set). */
export const assignDepartmentInput = eventDepartmentInput.extend({
  /** The department's templates to have tasks for; tasks of templates left out are retired. */
  templateIds: z.array(id).max(200),
});

export type Assignment = z.infer<typeof assignDepartmentInput>;
