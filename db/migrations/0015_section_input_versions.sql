CREATE TABLE "section_input_versions" (
	"section_id" uuid PRIMARY KEY NOT NULL,
	"version" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "section_input_versions" ADD CONSTRAINT "section_input_versions_section_id_sections_id_fk" FOREIGN KEY ("section_id") REFERENCES "public"."sections"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- A new version of what visitors read under these sections (decision 016). Only sections that
-- still exist: a section deleted with its input has no page to keep. In id order, so two bulk
-- decisions over the same sections take their rows in the same order. PL/pgSQL, not SQL: its
-- plans are kept per connection, and every submission sent runs this (with no section to bump):
-- 0.02 ms a call, where the SQL function planned its INSERT anew each time (0.16 ms).
CREATE FUNCTION bump_section_input(section_ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
	IF cardinality(section_ids) = 0 THEN
		RETURN;
	END IF;
	INSERT INTO section_input_versions AS v (section_id, version)
	SELECT s.id, 1 FROM sections s WHERE s.id = ANY (section_ids) ORDER BY s.id
	ON CONFLICT (section_id) DO UPDATE SET version = v.version + 1;
END;
$$;
--> statement-breakpoint
-- Input is shown only once approved: a new submission (pending) changes no page, an approval, an
-- undo or any change to approved input does.
CREATE FUNCTION submissions_section_input_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	PERFORM bump_section_input(array(SELECT DISTINCT section_id FROM inserted WHERE status = 'approved'));
	RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION submissions_section_input_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	PERFORM bump_section_input(array(
		SELECT section_id FROM replaced WHERE status = 'approved'
		UNION SELECT section_id FROM updated WHERE status = 'approved'));
	RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION submissions_section_input_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	PERFORM bump_section_input(array(SELECT DISTINCT section_id FROM removed WHERE status = 'approved'));
	RETURN NULL;
END;
$$;
--> statement-breakpoint
-- A published card shows its organisation's name, type and country.
CREATE FUNCTION organisations_section_input_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	PERFORM bump_section_input(array(
		SELECT DISTINCT s.section_id FROM submissions s JOIN changed_after o ON o.id = s.organisation_id
		WHERE s.status = 'approved'));
	RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER submissions_section_input_inserted AFTER INSERT ON submissions
	REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION submissions_section_input_inserted();
--> statement-breakpoint
CREATE TRIGGER submissions_section_input_updated AFTER UPDATE ON submissions
	REFERENCING OLD TABLE AS replaced NEW TABLE AS updated FOR EACH STATEMENT EXECUTE FUNCTION submissions_section_input_updated();
--> statement-breakpoint
CREATE TRIGGER submissions_section_input_deleted AFTER DELETE ON submissions
	REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION submissions_section_input_deleted();
--> statement-breakpoint
CREATE TRIGGER organisations_section_input_changed AFTER UPDATE ON organisations
	REFERENCING OLD TABLE AS changed_before NEW TABLE AS changed_after FOR EACH STATEMENT EXECUTE FUNCTION organisations_section_input_changed();
