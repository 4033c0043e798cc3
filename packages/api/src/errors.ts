import { TRPCError } from "@trpc/server";

/** Message keys the UI translates (messages/*.json under "errors"). */
export const errorKeys = {
  unauthorized: "errors.unauthorized",
  forbidden: "errors.forbidden",
  invalidInput: "errors.invalidInput",
  notFound: "errors.notFound",
  userExists: "errors.userExists",
  lastAdmin: "errors.lastAdmin",
  cannotChangeSelf: "errors.cannotChangeSelf",
  departmentExists: "errors.departmentExists",
  departmentInUse: "errors.departmentInUse",
  notDepartmentUser: "errors.notDepartmentUser",
  prerequisiteCycle: "errors.prerequisiteCycle",
  prerequisiteInvalid: "errors.prerequisiteInvalid",
  taskBlocked: "errors.taskBlocked",
  invalidAssignee: "errors.invalidAssignee",
  // Passwords and invitations.
  passwordTooShort: "errors.passwordTooShort",
  passwordIsEmail: "errors.passwordIsEmail",
  passwordCommon: "errors.passwordCommon",
  wrongCurrentPassword: "errors.wrongCurrentPassword",
  tooManyAttempts: "errors.tooManyAttempts",
  passwordChangeRequired: "errors.passwordChangeRequired",
  userInvited: "errors.userInvited",
  invitationNotFound: "errors.invitationNotFound",
  // Events, categories, feeds and CSV (field-level keys also appear in zodError.fieldErrors).
  staleVersion: "errors.staleVersion",
  titleRequired: "errors.titleRequired",
  endBeforeStart: "errors.endBeforeStart",
  eventTooLong: "errors.eventTooLong",
  invalidDate: "errors.invalidDate",
  invalidTimeZone: "errors.invalidTimeZone",
  invalidRecurrence: "errors.invalidRecurrence",
  invalidRange: "errors.invalidRange",
  rangeTooLong: "errors.rangeTooLong",
  invalidChoice: "errors.invalidChoice",
  invalidNumber: "errors.invalidNumber",
  invalidBoolean: "errors.invalidBoolean",
  invalidUrl: "errors.invalidUrl",
  tooLong: "errors.tooLong",
  unknownCategory: "errors.unknownCategory",
  categoryExists: "errors.categoryExists",
  invalidColor: "errors.invalidColor",
  csvEmpty: "errors.csvEmpty",
  csvMalformed: "errors.csvMalformed",
  csvTooManyRows: "errors.csvTooManyRows",
  csvMissingColumns: "errors.csvMissingColumns",
  waInvalidPhone: "errors.waInvalidPhone",
  waPhoneRequired: "errors.waPhoneRequired",
  waAlreadyLinked: "errors.waAlreadyLinked",
  waNotConnected: "errors.waNotConnected",
  waNotSimulator: "errors.waNotSimulator",
  waGroupNotFound: "errors.waGroupNotFound",
  waRecipientNotAllowed: "errors.waRecipientNotAllowed",
  waTemplateExists: "errors.waTemplateExists",
  waTemplateVariable: "errors.waTemplateVariable",
  batchTooLarge: "errors.batchTooLarge",
  requestTooLarge: "errors.requestTooLarge",
  internal: "errors.internal",
} as const;

export type ErrorKey = (typeof errorKeys)[keyof typeof errorKeys];

export function fail(code: TRPCError["code"], key: ErrorKey): never {
  throw new TRPCError({ code, message: key });
}
