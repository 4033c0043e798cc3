import { locales, waAnnouncementAudiences } from "@taqweem/db";
import { z } from "zod";
import { setAnnouncementGroup } from "../../../services/whatsapp/groups";
import { waAdminProcedure } from "../procedure";

/** The group for event announcements to one audience in one language; null clears the choice. */
export const setAnnouncementGroupInput = z.object({
  audience: z.enum(waAnnouncementAudiences),
  language: z.enum(locales),
  groupId: z.uuid().nullable(),
});

export const setAnnouncementGroupProcedure = waAdminProcedure
  .input(setAnnouncementGroupInput)
  .mutation(({ ctx, input }) => setAnnouncementGroup(ctx.db, ctx.session, input));
