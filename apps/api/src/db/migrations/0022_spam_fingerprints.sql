DROP INDEX "responses_provider_comment_idx";--> statement-breakpoint
ALTER TABLE "tasks" ADD COLUMN "text_fingerprint" text;--> statement-breakpoint
ALTER TABLE "responses" ADD COLUMN "comment_fingerprint" text;--> statement-breakpoint
CREATE INDEX "tasks_customer_fingerprint_idx" ON "tasks" USING btree ("customer_id","text_fingerprint","published_at") WHERE "tasks"."published_at" is not null;--> statement-breakpoint
CREATE INDEX "responses_provider_comment_idx" ON "responses" USING btree ("provider_id","comment_fingerprint","created_at");--> statement-breakpoint
-- Backfill: a one-off SQL mirror of spamKey() / spamFingerprint() (apps/api/src/modules/moderation/text-fold.ts),
-- which write the columns from now on: NFKC, lower case, Tajik and look-alike letters onto Russian ones, then
-- only letters and digits (a text with none keeps its lower-cased, space-collapsed form); SHA-256 in hex.
CREATE FUNCTION pg_temp.dastiyor_spam_key(input text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT coalesce(nullif(regexp_replace(f, '[^[:alnum:]]+', '', 'g'), ''), btrim(regexp_replace(f, '\s+', ' ', 'g')))
  FROM (SELECT translate(lower(normalize(input, NFKC)), 'ғӣқӯҳҷёabcehikmnoprtuxyαβεηικμοπρτυχ', 'гикухчеавсенікмпоргтихуавенікмопртух') AS f) AS folded
$$;--> statement-breakpoint
UPDATE "tasks" SET "text_fingerprint" = encode(sha256(convert_to(
  pg_temp.dastiyor_spam_key("title") || chr(1) || pg_temp.dastiyor_spam_key("description"), 'UTF8')), 'hex');--> statement-breakpoint
UPDATE "responses" SET "comment_fingerprint" = encode(sha256(convert_to(pg_temp.dastiyor_spam_key("comment"), 'UTF8')), 'hex');--> statement-breakpoint
DROP FUNCTION pg_temp.dastiyor_spam_key(text);
