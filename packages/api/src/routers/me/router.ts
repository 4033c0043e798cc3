import { createTRPCRouter } from "../../trpc";
import { changePassword } from "./change-password";
import { getMe } from "./get";
import { myInvitations } from "./invitations";
import { myOrganisations } from "./organisations";
import { respondToInvitationProcedure } from "./respond-to-invitation";
import { setLocale } from "./set-locale";

export const meRouter = createTRPCRouter({
  get: getMe,
  setLocale,
  changePassword,
  invitations: myInvitations,
  organisations: myOrganisations,
  respondToInvitation: respondToInvitationProcedure,
});
