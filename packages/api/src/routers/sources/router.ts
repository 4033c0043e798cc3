import { createTRPCRouter } from "../../trpc";
import { acceptFieldProcedure } from "./accept";
import { compareVersionsProcedure } from "./compare";
import { createSourceProcedure } from "./create";
import { dismissChangesProcedure } from "./dismiss";
import { ignoreStagedProcedure } from "./ignore";
import { importStagedProcedure } from "./import";
import { listSourcesProcedure } from "./list";
import { reviewListProcedure } from "./review";
import { runSourceNowProcedure } from "./run-now";
import { listRunsProcedure } from "./runs";
import { stagedEventProcedure } from "./staged";
import { updateSourceProcedure } from "./update";

export const sourcesRouter = createTRPCRouter({
  list: listSourcesProcedure,
  create: createSourceProcedure,
  update: updateSourceProcedure,
  runNow: runSourceNowProcedure,
  runs: listRunsProcedure,
  review: reviewListProcedure,
  staged: stagedEventProcedure,
  compare: compareVersionsProcedure,
  import: importStagedProcedure,
  ignore: ignoreStagedProcedure,
  accept: acceptFieldProcedure,
  dismiss: dismissChangesProcedure,
});
