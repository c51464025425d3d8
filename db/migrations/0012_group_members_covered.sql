-- A group's page counts its members per filter value: with their filter columns in the index,
-- that is read from the index alone instead of one row of the table per member (a campaign of
-- 600 copies: 33 → 4 ms).
DROP INDEX "submissions_group_queue_idx";--> statement-breakpoint
CREATE INDEX "submissions_group_queue_idx" ON "submissions" USING btree ("duplicate_group_id","created_at","id")
	INCLUDE ("consultation_id","status","language","stance","kind","section_id","organisation_id","attachment_id")
	WHERE duplicate_group_id is not null;
