import type { AppRouter, inferRouterOutputs } from "@taqweem/api";

type WhatsApp = inferRouterOutputs<AppRouter>["whatsapp"];

export type WaSessionView = WhatsApp["sessions"]["list"][number];
export type WaGroupList = WhatsApp["groups"]["list"];
export type WaGroup = WaGroupList["groups"][number];
export type WaMessagePage = WhatsApp["messages"]["list"];
export type WaMessage = WaMessagePage["items"][number];
export type WaTemplate = WhatsApp["templates"]["list"][number];
