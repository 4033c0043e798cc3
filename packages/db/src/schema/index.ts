export * from "./auth";
export * from "./calendar";
export * from "./organisations";
export * from "./system";
export * from "./users";
export * from "./whatsapp";
