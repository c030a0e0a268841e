CREATE TABLE "task_alert_fanouts" (
	"task_id" uuid PRIMARY KEY NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	"cursor_hash" bigint,
	"cursor_user_id" uuid,
	"recipients" integer DEFAULT 0 NOT NULL,
	"push_queued" integer DEFAULT 0 NOT NULL,
	"email_queued" integer DEFAULT 0 NOT NULL,
	"finished_at" timestamp (3) with time zone
);
--> statement-breakpoint
ALTER TABLE "task_alert_fanouts" ADD CONSTRAINT "task_alert_fanouts_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "task_alert_fanouts_unfinished_idx" ON "task_alert_fanouts" USING btree ("created_at") WHERE "task_alert_fanouts"."finished_at" is null;--> statement-breakpoint
CREATE INDEX "provider_categories_category_idx" ON "provider_categories" USING btree ("category_id","user_id");--> statement-breakpoint
CREATE INDEX "provider_profiles_city_idx" ON "provider_profiles" USING btree ("service_city_id","user_id");