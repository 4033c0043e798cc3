import type { WaTemplateKey } from "@taqweem/db/schema";

/** A template's name in the messages files, which cannot have a dot in a key ("event.moved" → "moved"). */
export type TemplateName = WaTemplateKey extends `event.${infer Name}` ? Name : never;

export const templateName = (key: WaTemplateKey) => key.slice("event.".length) as TemplateName;
