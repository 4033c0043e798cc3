export * from "./logger";
export * from "./process";
export * from "./registry";
export * from "./worker";
