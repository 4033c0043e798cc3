import { createTRPCRouter } from "../../trpc";
import { checkHealth } from "./check";

export const healthRouter = createTRPCRouter({ check: checkHealth });
