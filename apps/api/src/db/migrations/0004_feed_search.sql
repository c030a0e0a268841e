ALTER TABLE "tasks" ADD COLUMN "search_text" text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX "tasks_feed_category_idx" ON "tasks" USING btree ("category_id","published_at" DESC NULLS LAST,"id" DESC NULLS LAST) WHERE "tasks"."status" = 'new';--> statement-breakpoint
CREATE INDEX "tasks_feed_subcategory_idx" ON "tasks" USING btree ("subcategory_id","published_at" DESC NULLS LAST,"id" DESC NULLS LAST) WHERE "tasks"."status" = 'new';--> statement-breakpoint
CREATE INDEX "tasks_feed_city_idx" ON "tasks" USING btree ("city_id","district_id","published_at" DESC NULLS LAST,"id" DESC NULLS LAST) WHERE "tasks"."status" = 'new';--> statement-breakpoint
CREATE INDEX "tasks_feed_search_idx" ON "tasks" USING gin (to_tsvector('russian'::regconfig, dastiyor_fold("search_text"))) WHERE "tasks"."status" = 'new';--> statement-breakpoint
CREATE INDEX "tasks_feed_title_trgm_idx" ON "tasks" USING gin (dastiyor_fold("title") gin_trgm_ops) WHERE "tasks"."status" = 'new';--> statement-breakpoint
-- search_text follows the task's own fields and its category names in both languages, whoever writes.
CREATE OR REPLACE FUNCTION tasks_compose_search_text() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.search_text := concat_ws(' ', NEW.title, NEW.description,
    (SELECT concat_ws(' ', name->>'ru', name->>'tg') FROM categories WHERE id = NEW.category_id),
    (SELECT concat_ws(' ', name->>'ru', name->>'tg') FROM categories WHERE id = NEW.subcategory_id));
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER tasks_search_text BEFORE INSERT OR UPDATE OF title, description, category_id, subcategory_id ON tasks
  FOR EACH ROW EXECUTE FUNCTION tasks_compose_search_text();--> statement-breakpoint
UPDATE tasks SET title = title;
