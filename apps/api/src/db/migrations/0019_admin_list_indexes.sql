CREATE INDEX "users_created_idx" ON "users" USING btree ("created_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "tasks_created_idx" ON "tasks" USING btree ("created_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "tasks_published_idx" ON "tasks" USING btree ("published_at") WHERE "tasks"."published_at" is not null;--> statement-breakpoint
CREATE INDEX "tasks_closed_idx" ON "tasks" USING btree ("closed_at") WHERE "tasks"."closed_at" is not null;--> statement-breakpoint
CREATE INDEX "subscription_periods_created_idx" ON "subscription_periods" USING btree ("created_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "responses_created_idx" ON "responses" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "payments_created_idx" ON "payments" USING btree ("created_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "payments_paid_idx" ON "payments" USING btree ("paid_at") WHERE "payments"."paid_at" is not null;