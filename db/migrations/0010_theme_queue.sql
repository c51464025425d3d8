ALTER TABLE "submission_themes" ADD COLUMN "submission_created_at" timestamp with time zone DEFAULT '-infinity' NOT NULL;--> statement-breakpoint
UPDATE submission_themes st SET submission_created_at = s.created_at FROM submissions s WHERE s.id = st.submission_id;--> statement-breakpoint
-- A tag carries its submission's sending time, whoever inserts it.
CREATE FUNCTION submission_themes_copy_created_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	NEW.submission_created_at := (SELECT created_at FROM submissions WHERE id = NEW.submission_id);
	RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER submission_themes_copy_created_at BEFORE INSERT ON submission_themes
	FOR EACH ROW EXECUTE FUNCTION submission_themes_copy_created_at();
--> statement-breakpoint
CREATE INDEX "submission_themes_queue_idx" ON "submission_themes" USING btree ("theme_id","submission_created_at","submission_id");
