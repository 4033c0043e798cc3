import { createTRPCRouter } from "../../../trpc";
import { listMessagesProcedure } from "./list";
import { testSendProcedure } from "./test-send";

export const waMessagesRouter = createTRPCRouter({
  list: listMessagesProcedure,
  testSend: testSendProcedure,
});
