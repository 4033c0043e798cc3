import { locales, roles } from "@taqweem/db";
import { z } from "zod";
import { maxPasswordLength, minPasswordLength } from "../../services/account/password-policy";
import { createUser } from "../../services/users";
import { allowedProcedure } from "../../trpc";

export const createUserInput = z.object({
  email: z.email().max(254),
  name: z.string().trim().min(1).max(120),
  role: z.enum(roles),
  locale: z.enum(locales).default("en"),
  /** Optional: without one, a one-time password is generated and shown to the admin once. */
  password: z.string().min(minPasswordLength).max(maxPasswordLength).optional(),
});

export const createUserProcedure = allowedProcedure("users.manage")
  .input(createUserInput)
  .mutation(({ ctx, input }) =>
    createUser(ctx.db, { ...input, orgId: ctx.session.orgId }, ctx.session.userId, ctx.boss),
  );
