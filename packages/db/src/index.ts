export * from "./client";
export * from "./config";
export * from "./env";
export * from "./migrate";
export * from "./schema/index";
export * from "./wait";
export * from "./whatsapp/addresses";
export * from "./whatsapp/session-state";
