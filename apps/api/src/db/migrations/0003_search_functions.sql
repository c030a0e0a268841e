-- Search support for the task feed (see docs/decisions/004-task-search.md).
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
-- Folds the six Tajik letters onto their Russian look-alikes and lower-cases, so "ҷевон" and
-- "чевон" are one word and the russian stemmer can work on Tajik text too. IMMUTABLE: indexable.
CREATE OR REPLACE FUNCTION dastiyor_fold(input text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT translate(lower(input), 'ғӣқӯҳҷ', 'гикухч') $$;
