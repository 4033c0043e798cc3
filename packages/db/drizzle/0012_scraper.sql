CREATE TYPE "public"."scrape_run_status" AS ENUM('queued', 'running', 'succeeded', 'failed', 'suspect', 'refused');--> statement-breakpoint
CREATE TYPE "public"."scrape_source_kind" AS ENUM('admo', 'adnec', 'jsonld', 'ical');--> statement-breakpoint
CREATE TYPE "public"."scrape_trigger" AS ENUM('scheduled', 'manual');--> statement-breakpoint
CREATE TABLE "scrape_http_cache" (
	"url" text PRIMARY KEY NOT NULL,
	"etag" text,
	"last_modified" text,
	"content_type" text,
	"body" text NOT NULL,
	"fetched_at" timestamp with time zone DEFAULT now() NOT NULL,
	"checked_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "scrape_results" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"run_id" uuid NOT NULL,
	"source_id" uuid NOT NULL,
	"payload" jsonb NOT NULL,
	"signed_at" timestamp with time zone NOT NULL,
	"signature" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "scrape_results_run_id_unique" UNIQUE("run_id")
);
--> statement-breakpoint
CREATE TABLE "scrape_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"source_id" uuid NOT NULL,
	"trigger" "scrape_trigger" NOT NULL,
	"requested_by" uuid,
	"status" "scrape_run_status" DEFAULT 'queued' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"pages_fetched" integer DEFAULT 0 NOT NULL,
	"pages_not_modified" integer DEFAULT 0 NOT NULL,
	"pages_failed" integer DEFAULT 0 NOT NULL,
	"events_found" integer DEFAULT 0 NOT NULL,
	"events_new" integer DEFAULT 0 NOT NULL,
	"events_changed" integer DEFAULT 0 NOT NULL,
	"events_unchanged" integer DEFAULT 0 NOT NULL,
	"events_gone" integer DEFAULT 0 NOT NULL,
	"errors" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"refusal_reason" text
);
--> statement-breakpoint
CREATE TABLE "scrape_sources" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"kind" "scrape_source_kind" NOT NULL,
	"name" text NOT NULL,
	"base_url" text NOT NULL,
	"start_url" text,
	"enabled" boolean DEFAULT true NOT NULL,
	"schedule" text,
	"auto_import" boolean DEFAULT false NOT NULL,
	"months_ahead" integer DEFAULT 2 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "scrape_sources_org_name_uq" UNIQUE("org_id","name"),
	CONSTRAINT "scrape_sources_months_ahead_range" CHECK ("scrape_sources"."months_ahead" between 0 and 12)
);
--> statement-breakpoint
ALTER TABLE "scrape_results" ADD CONSTRAINT "scrape_results_run_id_scrape_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."scrape_runs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scrape_results" ADD CONSTRAINT "scrape_results_source_id_scrape_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."scrape_sources"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scrape_runs" ADD CONSTRAINT "scrape_runs_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scrape_runs" ADD CONSTRAINT "scrape_runs_source_id_scrape_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."scrape_sources"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scrape_runs" ADD CONSTRAINT "scrape_runs_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scrape_sources" ADD CONSTRAINT "scrape_sources_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "scrape_results_source_idx" ON "scrape_results" USING btree ("source_id");--> statement-breakpoint
CREATE INDEX "scrape_runs_source_created_idx" ON "scrape_runs" USING btree ("source_id","created_at");--> statement-breakpoint
CREATE INDEX "scrape_runs_org_created_idx" ON "scrape_runs" USING btree ("org_id","created_at");