export { fromDrizzle } from "pg-boss";
export * from "./boss";
export * from "./catalogue";
export * from "./config";
export * from "./events";
export * from "./install";
export * from "./queue";
export * from "./send";
export * from "./work";
