import { healthRouter } from "./routers/health/router";
import { meRouter } from "./routers/me/router";
import { systemRouter } from "./routers/system/router";
import { usersRouter } from "./routers/users/router";
import { createCallerFactory, createTRPCRouter } from "./trpc";

export const appRouter = createTRPCRouter({
  health: healthRouter,
  me: meRouter,
  users: usersRouter,
  system: systemRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
