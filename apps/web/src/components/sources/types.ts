import type { AppRouter, inferRouterOutputs } from "@taqweem/api";

type Outputs = inferRouterOutputs<AppRouter>["sources"];

export type SourceItem = Outputs["list"][number];
export type RunItem = Outputs["runs"]["items"][number];
export type ReviewItem = Outputs["review"]["items"][number];
export type StagedDetail = Outputs["staged"];
export type RunStatus = RunItem["status"];
