import { failedEmails } from "../../services/dashboard/failed-emails";
import { allowedProcedure } from "../../trpc";

/** E-mails that failed in the last 24 hours, for those who read the mailbox. */
export const failedEmailsProcedure = allowedProcedure("mailbox.read").query(({ ctx }) =>
  failedEmails(ctx.db, ctx.session.orgId),
);
