import { idInput } from "../../services/shared-inputs";
import { getTask } from "../../services/tasks/queries";
import { protectedProcedure } from "../../trpc";

export const getTaskProcedure = protectedProcedure
  .input(idInput)
  .query(({ ctx, input }) => getTask(ctx.db, ctx.session, input.id));
