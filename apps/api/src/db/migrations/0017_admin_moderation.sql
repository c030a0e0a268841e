CREATE TYPE "public"."task_hidden_cause" AS ENUM('admin', 'owner_blocked');--> statement-breakpoint
CREATE TYPE "public"."complaint_source" AS ENUM('user', 'stop_word');--> statement-breakpoint
CREATE TYPE "public"."complaint_status" AS ENUM('open', 'resolved', 'rejected');--> statement-breakpoint
CREATE TYPE "public"."complaint_target" AS ENUM('task', 'user', 'review', 'message', 'response');--> statement-breakpoint
CREATE TYPE "public"."stop_word_locale" AS ENUM('ru', 'tg');--> statement-breakpoint
CREATE TABLE "complaints" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"source" "complaint_source" NOT NULL,
	"reporter_id" uuid,
	"target_type" "complaint_target" NOT NULL,
	"target_id" uuid NOT NULL,
	"target_user_id" uuid,
	"reason" text NOT NULL,
	"text" text,
	"matched_words" text[],
	"status" "complaint_status" DEFAULT 'open' NOT NULL,
	"resolution_note" text,
	"resolved_by" uuid,
	"resolved_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "stop_words" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"word" text NOT NULL,
	"locale" "stop_word_locale" NOT NULL,
	"created_by" uuid,
	"created_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "stop_words_word_unique" UNIQUE("word")
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "blocked_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "block_reason" text;--> statement-breakpoint
ALTER TABLE "tasks" ADD COLUMN "hidden_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "tasks" ADD COLUMN "hidden_cause" "task_hidden_cause";--> statement-breakpoint
ALTER TABLE "tasks" ADD COLUMN "hidden_reason" text;--> statement-breakpoint
ALTER TABLE "provider_profiles" ADD COLUMN "verified_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_reporter_id_users_id_fk" FOREIGN KEY ("reporter_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_target_user_id_users_id_fk" FOREIGN KEY ("target_user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_resolved_by_users_id_fk" FOREIGN KEY ("resolved_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stop_words" ADD CONSTRAINT "stop_words_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "complaints_queue_idx" ON "complaints" USING btree ("status","created_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "complaints_target_idx" ON "complaints" USING btree ("target_type","target_id");--> statement-breakpoint
CREATE INDEX "complaints_target_user_idx" ON "complaints" USING btree ("target_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "complaints_open_report_uq" ON "complaints" USING btree ("reporter_id","target_type","target_id") WHERE "complaints"."status" = 'open' and "complaints"."reporter_id" is not null;