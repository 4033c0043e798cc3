import type { AppRouter, inferRouterOutputs } from "@taqweem/api";

type Outputs = inferRouterOutputs<AppRouter>;

export type Department = Outputs["departments"]["list"][number];
export type EventDepartment = Outputs["departments"]["forEvent"][number];
export type TaskTemplate = Outputs["taskTemplates"]["list"][number];
export type TaskItem = Outputs["tasks"]["list"]["items"][number];
export type TaskDetail = Outputs["tasks"]["get"];
export type EventReminder = Outputs["reminders"]["forEvent"][number];
