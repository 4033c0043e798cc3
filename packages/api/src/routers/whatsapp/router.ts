import { createTRPCRouter } from "../../trpc";
import { waGroupsRouter } from "./groups/router";
import { waMessagesRouter } from "./messages/router";
import { waSessionsRouter } from "./sessions/router";
import { waTemplatesRouter } from "./templates/router";

/** The WhatsApp page (admins): sessions, groups, messages and announcement templates. */
export const whatsappRouter = createTRPCRouter({
  sessions: waSessionsRouter,
  groups: waGroupsRouter,
  messages: waMessagesRouter,
  templates: waTemplatesRouter,
});
