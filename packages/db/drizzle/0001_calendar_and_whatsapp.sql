CREATE TYPE "public"."event_scope" AS ENUM('internal', 'external');--> statement-breakpoint
CREATE TYPE "public"."event_source" AS ENUM('manual', 'scraped');--> statement-breakpoint
CREATE TYPE "public"."event_status" AS ENUM('draft', 'published', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."event_type" AS ENUM('local', 'international');--> statement-breakpoint
CREATE TYPE "public"."event_visibility" AS ENUM('public', 'internal');--> statement-breakpoint
CREATE TYPE "public"."wa_message_status" AS ENUM('pending', 'sent', 'delivered', 'read', 'failed');--> statement-breakpoint
CREATE TYPE "public"."wa_recipient_type" AS ENUM('contact', 'group');--> statement-breakpoint
CREATE TYPE "public"."wa_session_status" AS ENUM('disconnected', 'connecting', 'qr_required', 'pairing', 'connected', 'logged_out', 'banned', 'failed');--> statement-breakpoint
CREATE TYPE "public"."wa_transport" AS ENUM('baileys', 'simulator');--> statement-breakpoint
CREATE TABLE "categories" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"name_en" text NOT NULL,
	"name_ar" text NOT NULL,
	"color" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"title_en" text,
	"title_ar" text,
	"description_en" text,
	"description_ar" text,
	"location_en" text,
	"location_ar" text,
	"organisers_en" text,
	"organisers_ar" text,
	"category_id" uuid,
	"type" "event_type" DEFAULT 'local' NOT NULL,
	"scope" "event_scope" DEFAULT 'internal' NOT NULL,
	"visibility" "event_visibility" DEFAULT 'internal' NOT NULL,
	"status" "event_status" DEFAULT 'draft' NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"all_day" boolean DEFAULT false NOT NULL,
	"time_zone" text DEFAULT 'Asia/Dubai' NOT NULL,
	"rrule" text,
	"exdates" timestamp with time zone[] DEFAULT '{}' NOT NULL,
	"recurrence_ends_at" timestamp with time zone,
	"link" text,
	"expected_attendance" integer,
	"source" "event_source" DEFAULT 'manual' NOT NULL,
	"source_id" text,
	"external_id" text,
	"created_by" uuid,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"sequence" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "events_title_present" CHECK (coalesce("events"."title_en", "events"."title_ar") is not null),
	CONSTRAINT "events_ends_after_start" CHECK ("events"."ends_at" >= "events"."starts_at")
);
--> statement-breakpoint
CREATE TABLE "wa_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"session_id" uuid,
	"recipient_type" "wa_recipient_type" NOT NULL,
	"recipient" text NOT NULL,
	"body" text NOT NULL,
	"media" jsonb,
	"template" text,
	"language" "locale" DEFAULT 'en' NOT NULL,
	"purpose" text NOT NULL,
	"entity" text,
	"entity_id" text,
	"status" "wa_message_status" DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"provider_message_id" text,
	"error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	"delivered_at" timestamp with time zone,
	"read_at" timestamp with time zone,
	"failed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "wa_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"name" text NOT NULL,
	"transport" "wa_transport" DEFAULT 'baileys' NOT NULL,
	"status" "wa_session_status" DEFAULT 'disconnected' NOT NULL,
	"phone" text,
	"last_error" text,
	"lease_owner" uuid,
	"lease_expires_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "categories" ADD CONSTRAINT "categories_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_category_id_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."categories"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wa_messages" ADD CONSTRAINT "wa_messages_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wa_messages" ADD CONSTRAINT "wa_messages_session_id_wa_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."wa_sessions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wa_sessions" ADD CONSTRAINT "wa_sessions_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "categories_org_name_en_key" ON "categories" USING btree ("org_id","name_en");--> statement-breakpoint
CREATE INDEX "events_org_range_idx" ON "events" USING btree ("org_id","starts_at","ends_at");--> statement-breakpoint
CREATE UNIQUE INDEX "events_external_key" ON "events" USING btree ("org_id","source_id","external_id") WHERE "events"."external_id" is not null;--> statement-breakpoint
CREATE INDEX "wa_messages_org_created_idx" ON "wa_messages" USING btree ("org_id","created_at");--> statement-breakpoint
CREATE INDEX "wa_messages_session_status_idx" ON "wa_messages" USING btree ("session_id","status");