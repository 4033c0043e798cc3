import { createTRPCRouter } from "../../trpc";
import { commentTaskProcedure } from "./comment";
import { createTaskProcedure } from "./create";
import { deleteTaskProcedure } from "./delete";
import { getTaskProcedure } from "./get";
import { listTasksProcedure } from "./list";
import { myTasksProcedure } from "./mine";
import { setTaskStatusProcedure } from "./set-status";
import { updateTaskProcedure } from "./update";

export const tasksRouter = createTRPCRouter({
  list: listTasksProcedure,
  mine: myTasksProcedure,
  get: getTaskProcedure,
  create: createTaskProcedure,
  update: updateTaskProcedure,
  delete: deleteTaskProcedure,
  setStatus: setTaskStatusProcedure,
  comment: commentTaskProcedure,
});
