-- One text index per language: a search is matched in each language's own configuration, so
-- each arm of it reads only that language's documents, and the heap no longer re-tests every
-- row's search vector (the index's condition implies the language test).
CREATE INDEX "submissions_search_en_idx" ON "submissions" USING gin ("search_vector") WHERE language = 'en';--> statement-breakpoint
CREATE INDEX "submissions_search_id_idx" ON "submissions" USING gin ("search_vector") WHERE language = 'id';--> statement-breakpoint
CREATE INDEX "submissions_search_other_idx" ON "submissions" USING gin ("search_vector") WHERE language = 'other';--> statement-breakpoint
DROP INDEX "submissions_search_idx";
