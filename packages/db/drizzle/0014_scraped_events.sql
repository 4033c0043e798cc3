CREATE TYPE "public"."scrape_import_outcome" AS ENUM('imported', 'suspect', 'refused');--> statement-breakpoint
CREATE TYPE "public"."scraped_event_state" AS ENUM('new', 'changed', 'unchanged', 'gone');--> statement-breakpoint
CREATE TABLE "scrape_imports" (
	"run_id" uuid PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"outcome" "scrape_import_outcome" NOT NULL,
	"reason" text,
	"handled_at" timestamp with time zone DEFAULT now() NOT NULL,
	"replays_refused" integer DEFAULT 0 NOT NULL,
	"last_replay_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "scraped_event_ignored_fields" (
	"scraped_event_id" uuid NOT NULL,
	"field" text NOT NULL,
	"ignored_by" uuid,
	"ignored_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "scraped_event_ignored_fields_scraped_event_id_field_pk" PRIMARY KEY("scraped_event_id","field")
);
--> statement-breakpoint
CREATE TABLE "scraped_event_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"scraped_event_id" uuid NOT NULL,
	"run_id" uuid,
	"content_hash" text NOT NULL,
	"fields" jsonb NOT NULL,
	"seen_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "scraped_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"source_id" uuid NOT NULL,
	"external_id" text NOT NULL,
	"state" "scraped_event_state" DEFAULT 'new' NOT NULL,
	"latest_version_id" uuid,
	"latest_hash" text NOT NULL,
	"last_run_id" uuid,
	"first_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"gone_at" timestamp with time zone,
	"needs_review" boolean DEFAULT true NOT NULL,
	"ignored_at" timestamp with time zone,
	"ignored_by" uuid,
	"event_id" uuid,
	"imported_version_id" uuid,
	"reviewed_fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "scraped_events_event_id_unique" UNIQUE("event_id"),
	CONSTRAINT "scraped_events_source_external_uq" UNIQUE("source_id","external_id")
);
--> statement-breakpoint
ALTER TABLE "scrape_imports" ADD CONSTRAINT "scrape_imports_run_id_scrape_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."scrape_runs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scrape_imports" ADD CONSTRAINT "scrape_imports_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scraped_event_ignored_fields" ADD CONSTRAINT "scraped_event_ignored_fields_scraped_event_id_scraped_events_id_fk" FOREIGN KEY ("scraped_event_id") REFERENCES "public"."scraped_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scraped_event_ignored_fields" ADD CONSTRAINT "scraped_event_ignored_fields_ignored_by_users_id_fk" FOREIGN KEY ("ignored_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scraped_event_versions" ADD CONSTRAINT "scraped_event_versions_scraped_event_id_scraped_events_id_fk" FOREIGN KEY ("scraped_event_id") REFERENCES "public"."scraped_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scraped_event_versions" ADD CONSTRAINT "scraped_event_versions_run_id_scrape_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."scrape_runs"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scraped_events" ADD CONSTRAINT "scraped_events_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scraped_events" ADD CONSTRAINT "scraped_events_source_id_scrape_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."scrape_sources"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scraped_events" ADD CONSTRAINT "scraped_events_latest_version_id_scraped_event_versions_id_fk" FOREIGN KEY ("latest_version_id") REFERENCES "public"."scraped_event_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scraped_events" ADD CONSTRAINT "scraped_events_last_run_id_scrape_runs_id_fk" FOREIGN KEY ("last_run_id") REFERENCES "public"."scrape_runs"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scraped_events" ADD CONSTRAINT "scraped_events_ignored_by_users_id_fk" FOREIGN KEY ("ignored_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scraped_events" ADD CONSTRAINT "scraped_events_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scraped_events" ADD CONSTRAINT "scraped_events_imported_version_id_scraped_event_versions_id_fk" FOREIGN KEY ("imported_version_id") REFERENCES "public"."scraped_event_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "scraped_event_versions_event_idx" ON "scraped_event_versions" USING btree ("scraped_event_id","seen_at");--> statement-breakpoint
CREATE INDEX "scraped_events_org_review_idx" ON "scraped_events" USING btree ("org_id","needs_review","last_seen_at");