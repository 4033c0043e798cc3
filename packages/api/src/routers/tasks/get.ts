import { getTask } from "../../services/tasks/queries";
import { protectedProcedure } from "../../trpc";
import { idInput } from "../inputs";

export const getTaskInput = idInput;

export const getTaskProcedure = protectedProcedure
  .input(getTaskInput)
  .query(({ ctx, input }) => getTask(ctx.db, ctx.session, input.id));
