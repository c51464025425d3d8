-- Full-text search in the submission's own language: Indonesian or English stemming, 'simple' otherwise.
ALTER TABLE submissions ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
  to_tsvector(
    CASE language WHEN 'id' THEN 'indonesian'::regconfig WHEN 'en' THEN 'english'::regconfig ELSE 'simple'::regconfig END,
    coalesce(body, '') || ' ' || coalesce(proposed_text, '') || ' ' || coalesce(quoted_passage, '')
  )
) STORED;
--> statement-breakpoint
CREATE INDEX submissions_search_idx ON submissions USING gin (search_vector);
