import { allowedProcedure } from "../../trpc";

/** Admins and editors change events; department members and viewers only read them. */
export const editorProcedure = allowedProcedure("events.edit");
