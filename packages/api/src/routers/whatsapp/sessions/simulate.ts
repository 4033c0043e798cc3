import { waSimulatorActions } from "@taqweem/jobs";
import { z } from "zod";
import { requestSimulation } from "../../../services/whatsapp/sessions";
import { sessionTarget, waAdminProcedure } from "../procedure";

/** Simulator controls: scan the QR / confirm the pairing code, drop, remote logout, ban, refuse the next send (463). */
export const simulateInput = sessionTarget.extend({ action: z.enum(waSimulatorActions) });

export const simulateProcedure = waAdminProcedure
  .input(simulateInput)
  .mutation(async ({ ctx, input }) =>
    requestSimulation(ctx.db, await ctx.boss(), ctx.session, input.sessionId, input.action),
  );
