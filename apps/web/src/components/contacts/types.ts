import type { AppRouter, inferRouterOutputs } from "@taqweem/api";

type Outputs = inferRouterOutputs<AppRouter>["contacts"];
export type ContactRowData = Outputs["list"]["items"][number];
export type ContactDetail = Outputs["get"];
export type ContactListData = Outputs["lists"]["list"][number];
export type ContactSegmentData = Outputs["segments"]["list"][number];
export type ImportReport = Outputs["import"];
