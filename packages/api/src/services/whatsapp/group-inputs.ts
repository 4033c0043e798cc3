import { locales, waAnnouncementAudiences } from "@taqweem/db";
import { z } from "zod";
import { id } from "../shared-inputs";

export const listGroupsInput = z
  .object({ sessionId: id.optional(), includeLeft: z.boolean().default(false) })
  .default({ includeLeft: false });

export type ListGroupsFilter = z.infer<typeof listGroupsInput>;

/** The group for event announcements to one audience in one language; null clears the choice. */
export const setAnnouncementGroupInput = z.object({
  audience: z.enum(waAnnouncementAudiences),
  language: z.enum(locales),
  groupId: id.nullable(),
});

export type AnnouncementChoice = z.infer<typeof setAnnouncementGroupInput>;
