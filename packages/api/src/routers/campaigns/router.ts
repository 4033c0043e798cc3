import { createTRPCRouter } from "../../trpc";
import { analyticsProcedure } from "./analytics";
import { auditProcedure } from "./audit";
import { cancelProcedure } from "./cancel";
import { createProcedure } from "./create";
import { exportRecipientsProcedure } from "./export-recipients";
import { getProcedure } from "./get";
import { listProcedure } from "./list";
import { optionsProcedure } from "./options";
import { pauseProcedure } from "./pause";
import { progressProcedure } from "./progress";
import { recipientsProcedure } from "./recipients";
import { resumeProcedure } from "./resume";
import { retryFailedProcedure } from "./retry-failed";
import { startProcedure } from "./start";
import { campaignTemplatesRouter } from "./templates/router";
import { testSendProcedure } from "./test-send";
import { updateProcedure } from "./update";

export const campaignsRouter = createTRPCRouter({
  templates: campaignTemplatesRouter,
  list: listProcedure,
  get: getProcedure,
  options: optionsProcedure,
  create: createProcedure,
  update: updateProcedure,
  start: startProcedure,
  pause: pauseProcedure,
  resume: resumeProcedure,
  cancel: cancelProcedure,
  retryFailed: retryFailedProcedure,
  testSend: testSendProcedure,
  progress: progressProcedure,
  analytics: analyticsProcedure,
  recipients: recipientsProcedure,
  exportRecipients: exportRecipientsProcedure,
  audit: auditProcedure,
});
