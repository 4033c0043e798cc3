ALTER TABLE "tasks" ADD COLUMN "due_anchor" "task_due_anchor";--> statement-breakpoint
ALTER TABLE "tasks" ADD COLUMN "due_offset_minutes" integer;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_due_anchor_pair" CHECK (("tasks"."due_anchor" is null) = ("tasks"."due_offset_minutes" is null));