CREATE TABLE "wa_announcement_groups" (
	"org_id" uuid NOT NULL,
	"language" "locale" NOT NULL,
	"group_id" uuid NOT NULL,
	CONSTRAINT "wa_announcement_groups_org_id_language_pk" PRIMARY KEY("org_id","language")
);
--> statement-breakpoint
CREATE TABLE "wa_auth_state" (
	"session_id" uuid NOT NULL,
	"type" text NOT NULL,
	"key_id" text NOT NULL,
	"value" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "wa_auth_state_session_id_type_key_id_pk" PRIMARY KEY("session_id","type","key_id")
);
--> statement-breakpoint
CREATE TABLE "wa_groups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"jid" text NOT NULL,
	"name" text NOT NULL,
	"participant_count" integer DEFAULT 0 NOT NULL,
	"announce_only" boolean DEFAULT false NOT NULL,
	"synced_at" timestamp with time zone DEFAULT now() NOT NULL,
	"left_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "wa_simulator_messages" (
	"session_id" uuid NOT NULL,
	"message_id" text NOT NULL,
	"recipient" text NOT NULL,
	"body" text NOT NULL,
	"sends" integer DEFAULT 1 NOT NULL,
	"receipt" text DEFAULT 'sent' NOT NULL,
	"accepted_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "wa_simulator_messages_session_id_message_id_pk" PRIMARY KEY("session_id","message_id")
);
--> statement-breakpoint
CREATE TABLE "wa_templates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"key" text NOT NULL,
	"body_en" text NOT NULL,
	"body_ar" text NOT NULL,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "wa_sessions" ALTER COLUMN "transport" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "wa_sessions" ALTER COLUMN "transport" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "wa_sessions" ADD COLUMN "wanted" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "wa_sessions" ADD COLUMN "link_method" text DEFAULT 'qr' NOT NULL;--> statement-breakpoint
ALTER TABLE "wa_sessions" ADD COLUMN "pairing_phone" text;--> statement-breakpoint
ALTER TABLE "wa_sessions" ADD COLUMN "qr" text;--> statement-breakpoint
ALTER TABLE "wa_sessions" ADD COLUMN "qr_expires_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "wa_sessions" ADD COLUMN "pairing_code" text;--> statement-breakpoint
ALTER TABLE "wa_sessions" ADD COLUMN "linked_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "wa_sessions" ADD COLUMN "sending_paused_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "wa_sessions" ADD COLUMN "sending_paused_reason" text;--> statement-breakpoint
ALTER TABLE "wa_sessions" ADD COLUMN "sending_resume_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "wa_sessions" ADD COLUMN "pacing" jsonb DEFAULT '{"enabled":true,"minGapSeconds":30,"maxGapSeconds":90,"typing":true,"typingCharsPerSecond":12,"maxTypingSeconds":8,"batchSize":25,"batchPauseMinutes":20,"hourlyCap":20,"dailyCap":40}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "wa_sessions" ADD COLUMN "groups_synced_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "wa_announcement_groups" ADD CONSTRAINT "wa_announcement_groups_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wa_announcement_groups" ADD CONSTRAINT "wa_announcement_groups_group_id_wa_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."wa_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wa_auth_state" ADD CONSTRAINT "wa_auth_state_session_id_wa_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."wa_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wa_groups" ADD CONSTRAINT "wa_groups_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wa_groups" ADD CONSTRAINT "wa_groups_session_id_wa_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."wa_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wa_simulator_messages" ADD CONSTRAINT "wa_simulator_messages_session_id_wa_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."wa_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wa_templates" ADD CONSTRAINT "wa_templates_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wa_templates" ADD CONSTRAINT "wa_templates_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "wa_groups_session_jid_key" ON "wa_groups" USING btree ("session_id","jid");--> statement-breakpoint
CREATE INDEX "wa_groups_org_idx" ON "wa_groups" USING btree ("org_id");--> statement-breakpoint
CREATE UNIQUE INDEX "wa_templates_org_key" ON "wa_templates" USING btree ("org_id","key");--> statement-breakpoint
CREATE INDEX "wa_messages_session_sent_idx" ON "wa_messages" USING btree ("session_id","sent_at") WHERE "wa_messages"."sent_at" is not null;--> statement-breakpoint
CREATE INDEX "wa_messages_provider_id_idx" ON "wa_messages" USING btree ("provider_message_id") WHERE "wa_messages"."provider_message_id" is not null;--> statement-breakpoint
CREATE INDEX "wa_sessions_org_idx" ON "wa_sessions" USING btree ("org_id");