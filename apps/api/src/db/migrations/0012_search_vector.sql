DROP INDEX "tasks_feed_search_idx";--> statement-breakpoint
ALTER TABLE "tasks" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (to_tsvector('russian'::regconfig, dastiyor_fold("tasks"."search_text"))) STORED;--> statement-breakpoint
CREATE INDEX "tasks_feed_search_idx" ON "tasks" USING gin ("search_vector") WHERE "tasks"."status" = 'new';