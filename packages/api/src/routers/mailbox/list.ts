import { emailStatuses } from "@taqweem/db";
import { z } from "zod";
import { listMailbox } from "../../services/email/mailbox";
import { allowedProcedure } from "../../trpc";
import { cursorInput, limitInput } from "../inputs";

export const listMailboxInput = z
  .object({ status: z.enum(emailStatuses).optional(), limit: limitInput(100, 50), cursor: cursorInput })
  .default({ limit: 50 });

export const listMailboxProcedure = allowedProcedure("mailbox.read")
  .input(listMailboxInput)
  .query(({ ctx, input }) => listMailbox(ctx.db, ctx.session.orgId, input));
