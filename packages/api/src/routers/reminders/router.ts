import { createTRPCRouter } from "../../trpc";
import { createReminderProcedure } from "./create";
import { deleteReminderProcedure } from "./delete";
import { remindersForEventProcedure } from "./for-event";
import { updateReminderProcedure } from "./update";
import { reminderWhatsappRecipientsProcedure } from "./whatsapp-recipients";

export const remindersRouter = createTRPCRouter({
  forEvent: remindersForEventProcedure,
  create: createReminderProcedure,
  update: updateReminderProcedure,
  delete: deleteReminderProcedure,
  whatsappRecipients: reminderWhatsappRecipientsProcedure,
});
