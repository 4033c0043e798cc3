export * from "./client";
export * from "./migrate";
export * from "./schema/index";
export * from "./wait";
export * from "./whatsapp/addresses";
