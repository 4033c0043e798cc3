import { createTRPCRouter } from "../../../trpc";
import { createSessionProcedure } from "./create";
import { deleteSessionProcedure } from "./delete";
import { linkSessionProcedure } from "./link";
import { listSessionsProcedure } from "./list";
import { logoutSessionProcedure } from "./logout";
import { renameSessionProcedure } from "./rename";
import { resumeSendingProcedure } from "./resume-sending";
import { simulateProcedure } from "./simulate";
import { simulateInboundProcedure } from "./simulate-inbound";
import { updatePacingProcedure } from "./update-pacing";

export const waSessionsRouter = createTRPCRouter({
  list: listSessionsProcedure,
  create: createSessionProcedure,
  rename: renameSessionProcedure,
  link: linkSessionProcedure,
  logout: logoutSessionProcedure,
  delete: deleteSessionProcedure,
  simulate: simulateProcedure,
  simulateInbound: simulateInboundProcedure,
  resumeSending: resumeSendingProcedure,
  updatePacing: updatePacingProcedure,
});
