DROP INDEX "submissions_section_status_idx";--> statement-breakpoint
DROP INDEX "submissions_consultation_status_idx";--> statement-breakpoint
DROP INDEX "submissions_duplicate_group_idx";--> statement-breakpoint
CREATE INDEX "submissions_section_queue_idx" ON "submissions" USING btree ("section_id","status","created_at","id");--> statement-breakpoint
CREATE INDEX "submissions_status_queue_idx" ON "submissions" USING btree ("consultation_id","status","created_at","id");--> statement-breakpoint
CREATE INDEX "submissions_attachment_queue_idx" ON "submissions" USING btree ("consultation_id","created_at","id") WHERE attachment_id is not null;--> statement-breakpoint
CREATE INDEX "submissions_duplicate_group_idx" ON "submissions" USING btree ("duplicate_group_id","status","created_at","id");