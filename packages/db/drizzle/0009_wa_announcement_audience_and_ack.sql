CREATE TYPE "public"."wa_announcement_audience" AS ENUM('internal', 'public');--> statement-breakpoint
ALTER TABLE "wa_announcement_groups" ADD COLUMN "audience" "wa_announcement_audience" DEFAULT 'internal' NOT NULL;--> statement-breakpoint
ALTER TABLE "wa_messages" ADD COLUMN "ack_deadline_at" timestamp with time zone;