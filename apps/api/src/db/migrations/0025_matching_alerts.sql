CREATE TABLE "matching_tasks_seen" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"seen_up_to" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "matching_tasks_seen" ADD CONSTRAINT "matching_tasks_seen_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "notifications_created_brin_idx" ON "notifications" USING brin ("created_at");--> statement-breakpoint
-- New-task alerts are computed from the feed from now on (decision 015); the stored ones are recomputable.
DELETE FROM "notifications" WHERE "type" = 'task.matching';
