import { createTRPCRouter } from "../../trpc";
import { systemOverview } from "./overview";
import { pingProcedure } from "./ping";

export const systemRouter = createTRPCRouter({ overview: systemOverview, ping: pingProcedure });
