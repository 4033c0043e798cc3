import { setAnnouncementGroupInput } from "../../../services/whatsapp/group-inputs";
import { setAnnouncementGroup } from "../../../services/whatsapp/groups";
import { waAdminProcedure } from "../procedure";

export const setAnnouncementGroupProcedure = waAdminProcedure
  .input(setAnnouncementGroupInput)
  .mutation(({ ctx, input }) => setAnnouncementGroup(ctx.db, ctx.session, input));
