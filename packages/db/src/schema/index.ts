export * from "./auth";
export * from "./organisations";
export * from "./system";
export * from "./users";
