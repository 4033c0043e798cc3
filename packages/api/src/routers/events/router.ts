import { createTRPCRouter } from "../../trpc";
import { cancelEventProcedure } from "./cancel";
import { createEventProcedure } from "./create";
import { deleteEventProcedure } from "./delete";
import { exportCsvProcedure } from "./export-csv";
import { getEventProcedure } from "./get";
import { eventHistoryProcedure } from "./history";
import { importCsvProcedure } from "./import-csv";
import { publishEventProcedure } from "./publish";
import { eventRangeProcedure } from "./range";
import { updateEventProcedure } from "./update";

export const eventsRouter = createTRPCRouter({
  range: eventRangeProcedure,
  get: getEventProcedure,
  history: eventHistoryProcedure,
  create: createEventProcedure,
  update: updateEventProcedure,
  publish: publishEventProcedure,
  cancel: cancelEventProcedure,
  delete: deleteEventProcedure,
  exportCsv: exportCsvProcedure,
  importCsv: importCsvProcedure,
});
