import { runStack } from "./lib/stack";

// Production mode on this machine: run `npm run build` first.
await runStack("prod");
