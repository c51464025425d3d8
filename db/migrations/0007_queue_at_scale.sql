CREATE TABLE "queue_count_versions" (
	"consultation_id" uuid PRIMARY KEY NOT NULL,
	"epoch" uuid DEFAULT gen_random_uuid() NOT NULL,
	"version" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "submission_facet_counts" (
	"consultation_id" uuid NOT NULL,
	"status" "submission_status" NOT NULL,
	"section_id" uuid,
	"language" "submission_language" NOT NULL,
	"stance" "stance" NOT NULL,
	"kind" "submission_kind" NOT NULL,
	"organisation_type" text NOT NULL,
	"country" "country",
	"has_attachment" boolean NOT NULL,
	"n" integer NOT NULL,
	"changed_version" bigint DEFAULT 0 NOT NULL,
	"tagged" boolean NOT NULL,
	CONSTRAINT "submission_facet_counts_key" UNIQUE NULLS NOT DISTINCT("consultation_id","status","section_id","language","stance","kind","organisation_type","country","has_attachment","tagged")
);
--> statement-breakpoint
CREATE TABLE "theme_facet_counts" (
	"consultation_id" uuid NOT NULL,
	"status" "submission_status" NOT NULL,
	"section_id" uuid,
	"language" "submission_language" NOT NULL,
	"stance" "stance" NOT NULL,
	"kind" "submission_kind" NOT NULL,
	"organisation_type" text NOT NULL,
	"country" "country",
	"has_attachment" boolean NOT NULL,
	"n" integer NOT NULL,
	"changed_version" bigint DEFAULT 0 NOT NULL,
	"theme_id" uuid NOT NULL,
	CONSTRAINT "theme_facet_counts_key" UNIQUE NULLS NOT DISTINCT("consultation_id","theme_id","status","section_id","language","stance","kind","organisation_type","country","has_attachment")
);
--> statement-breakpoint
DROP INDEX "submissions_section_status_idx";--> statement-breakpoint
DROP INDEX "submissions_consultation_status_idx";--> statement-breakpoint
DROP INDEX "submissions_duplicate_group_idx";--> statement-breakpoint
ALTER TABLE "queue_count_versions" ADD CONSTRAINT "queue_count_versions_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submission_facet_counts" ADD CONSTRAINT "submission_facet_counts_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submission_facet_counts" ADD CONSTRAINT "submission_facet_counts_section_id_sections_id_fk" FOREIGN KEY ("section_id") REFERENCES "public"."sections"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "theme_facet_counts" ADD CONSTRAINT "theme_facet_counts_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "theme_facet_counts" ADD CONSTRAINT "theme_facet_counts_section_id_sections_id_fk" FOREIGN KEY ("section_id") REFERENCES "public"."sections"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "theme_facet_counts" ADD CONSTRAINT "theme_facet_counts_theme_id_themes_id_fk" FOREIGN KEY ("theme_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "submission_facet_counts_changed_idx" ON "submission_facet_counts" USING btree ("consultation_id","changed_version");--> statement-breakpoint
CREATE INDEX "theme_facet_counts_changed_idx" ON "theme_facet_counts" USING btree ("consultation_id","changed_version");--> statement-breakpoint
CREATE INDEX "submissions_section_queue_idx" ON "submissions" USING btree ("section_id","status","created_at","id");--> statement-breakpoint
CREATE INDEX "submissions_status_queue_idx" ON "submissions" USING btree ("consultation_id","status","created_at","id");--> statement-breakpoint
CREATE INDEX "submissions_attachment_queue_idx" ON "submissions" USING btree ("consultation_id","created_at","id") WHERE attachment_id is not null;--> statement-breakpoint
CREATE INDEX "submissions_duplicate_group_idx" ON "submissions" USING btree ("duplicate_group_id","status","created_at","id");
--> statement-breakpoint
-- One submission's filter values, as the count triggers see them.
CREATE TYPE submission_facet_row AS (
	id uuid, consultation_id uuid, status submission_status, section_id uuid, language submission_language,
	stance stance, kind submission_kind, organisation_id uuid, has_attachment boolean, tagged boolean
);
--> statement-breakpoint
-- A new counts version for these consultations, taken before their counts change.
CREATE FUNCTION bump_queue_counts(consultation_ids uuid[]) RETURNS void LANGUAGE sql AS $$
	INSERT INTO queue_count_versions AS v (consultation_id, version)
	SELECT DISTINCT id, 1 FROM unnest(consultation_ids) AS id
	ON CONFLICT (consultation_id) DO UPDATE SET version = v.version + 1;
$$;
--> statement-breakpoint
-- Adds sign × each row to the counts: the submission's own, and one per theme it is tagged with
-- (unless with_themes is false, when only tags changed and the theme counts are done by the caller).
CREATE FUNCTION add_submission_facets(rows submission_facet_row[], sign integer, with_themes boolean) RETURNS void LANGUAGE sql AS $$
	SELECT bump_queue_counts(array(SELECT DISTINCT r.consultation_id FROM unnest(rows) AS r));
	INSERT INTO submission_facet_counts AS c
		(consultation_id, status, section_id, language, stance, kind, organisation_type, country, has_attachment, tagged, n, changed_version)
	SELECT r.consultation_id, r.status, r.section_id, r.language, r.stance, r.kind, coalesce(o.type::text, 'individual'), o.country,
		r.has_attachment, r.tagged, sign * count(*), max(v.version)
	FROM unnest(rows) AS r
	JOIN queue_count_versions v ON v.consultation_id = r.consultation_id
	LEFT JOIN organisations o ON o.id = r.organisation_id
	GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
	ON CONFLICT ON CONSTRAINT submission_facet_counts_key DO UPDATE SET n = c.n + excluded.n, changed_version = excluded.changed_version;
	INSERT INTO theme_facet_counts AS c
		(consultation_id, theme_id, status, section_id, language, stance, kind, organisation_type, country, has_attachment, n, changed_version)
	SELECT r.consultation_id, st.theme_id, r.status, r.section_id, r.language, r.stance, r.kind, coalesce(o.type::text, 'individual'),
		o.country, r.has_attachment, sign * count(*), max(v.version)
	FROM unnest(rows) AS r
	JOIN submission_themes st ON st.submission_id = r.id
	JOIN queue_count_versions v ON v.consultation_id = r.consultation_id
	LEFT JOIN organisations o ON o.id = r.organisation_id
	WHERE with_themes
	GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
	ON CONFLICT ON CONSTRAINT theme_facet_counts_key DO UPDATE SET n = c.n + excluded.n, changed_version = excluded.changed_version;
$$;
--> statement-breakpoint
-- Counts every submission of these consultations again from scratch: after deletions (rare, and
-- whose cascades make deltas unreliable) and when an organisation changes type or country.
CREATE FUNCTION recount_submission_facets(consultation_ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
	-- Zeroed rather than deleted, so a server holding the counts sees every row change.
	PERFORM bump_queue_counts(consultation_ids);
	UPDATE submission_facet_counts c SET n = 0, changed_version = v.version
	FROM queue_count_versions v WHERE v.consultation_id = c.consultation_id AND c.consultation_id = ANY (consultation_ids);
	UPDATE theme_facet_counts c SET n = 0, changed_version = v.version
	FROM queue_count_versions v WHERE v.consultation_id = c.consultation_id AND c.consultation_id = ANY (consultation_ids);
	PERFORM add_submission_facets(array(
		SELECT ROW(s.id, s.consultation_id, s.status, s.section_id, s.language, s.stance, s.kind, s.organisation_id,
			s.attachment_id IS NOT NULL, EXISTS (SELECT 1 FROM submission_themes st WHERE st.submission_id = s.id))::submission_facet_row
		FROM submissions s WHERE s.consultation_id = ANY (consultation_ids)), 1, true);
END;
$$;
--> statement-breakpoint
CREATE FUNCTION submissions_count_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	PERFORM add_submission_facets(array(
		SELECT ROW(s.id, s.consultation_id, s.status, s.section_id, s.language, s.stance, s.kind, s.organisation_id,
			s.attachment_id IS NOT NULL, EXISTS (SELECT 1 FROM submission_themes st WHERE st.submission_id = s.id))::submission_facet_row
		FROM inserted s), 1, true);
	RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION submissions_count_updated() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
	changed uuid[];
BEGIN
	-- Most updates (edits, a note) leave every filter value as it was: nothing to count.
	changed := array(
		SELECT n.id FROM updated n JOIN replaced o ON o.id = n.id
		WHERE (o.consultation_id, o.status, o.section_id, o.language, o.stance, o.kind, o.organisation_id, o.attachment_id IS NULL)
			IS DISTINCT FROM (n.consultation_id, n.status, n.section_id, n.language, n.stance, n.kind, n.organisation_id, n.attachment_id IS NULL));
	IF cardinality(changed) = 0 THEN
		RETURN NULL;
	END IF;
	PERFORM add_submission_facets(array(
		SELECT ROW(o.id, o.consultation_id, o.status, o.section_id, o.language, o.stance, o.kind, o.organisation_id,
			o.attachment_id IS NOT NULL, EXISTS (SELECT 1 FROM submission_themes st WHERE st.submission_id = o.id))::submission_facet_row
		FROM replaced o WHERE o.id = ANY (changed)), -1, true);
	PERFORM add_submission_facets(array(
		SELECT ROW(n.id, n.consultation_id, n.status, n.section_id, n.language, n.stance, n.kind, n.organisation_id,
			n.attachment_id IS NOT NULL, EXISTS (SELECT 1 FROM submission_themes st WHERE st.submission_id = n.id))::submission_facet_row
		FROM updated n WHERE n.id = ANY (changed)), 1, true);
	RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION submissions_count_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	PERFORM recount_submission_facets(array(SELECT DISTINCT consultation_id FROM removed));
	RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER submissions_count_inserted AFTER INSERT ON submissions
	REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION submissions_count_inserted();
--> statement-breakpoint
CREATE TRIGGER submissions_count_updated AFTER UPDATE ON submissions
	REFERENCING OLD TABLE AS replaced NEW TABLE AS updated FOR EACH STATEMENT EXECUTE FUNCTION submissions_count_updated();
--> statement-breakpoint
CREATE TRIGGER submissions_count_deleted AFTER DELETE ON submissions
	REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION submissions_count_deleted();
--> statement-breakpoint
-- Tags: the theme counts change by the tags added or removed (pairs submission_ids[i], theme_ids[i]).
CREATE FUNCTION add_tag_facets(submission_ids uuid[], theme_ids uuid[], sign integer) RETURNS void LANGUAGE sql AS $$
	SELECT bump_queue_counts(array(SELECT DISTINCT s.consultation_id FROM submissions s WHERE s.id = ANY (submission_ids)));
	INSERT INTO theme_facet_counts AS c
		(consultation_id, theme_id, status, section_id, language, stance, kind, organisation_type, country, has_attachment, n, changed_version)
	SELECT s.consultation_id, t.theme_id, s.status, s.section_id, s.language, s.stance, s.kind, coalesce(o.type::text, 'individual'),
		o.country, s.attachment_id IS NOT NULL, sign * count(*), max(v.version)
	FROM unnest(submission_ids, theme_ids) AS t(submission_id, theme_id)
	JOIN submissions s ON s.id = t.submission_id
	-- A deleted theme's tags go with it, and so do its counts (foreign key, on delete cascade).
	JOIN themes th ON th.id = t.theme_id
	JOIN queue_count_versions v ON v.consultation_id = s.consultation_id
	LEFT JOIN organisations o ON o.id = s.organisation_id
	GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
	ON CONFLICT ON CONSTRAINT theme_facet_counts_key DO UPDATE SET n = c.n + excluded.n, changed_version = excluded.changed_version;
$$;
--> statement-breakpoint
-- A submission whose first tag was added, or last tag removed, moves between "untagged" and
-- "tagged" in its own counts.
CREATE FUNCTION move_tagged_facets(submission_ids uuid[], now_tagged boolean) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
	moved submission_facet_row[];
BEGIN
	moved := array(
		SELECT ROW(s.id, s.consultation_id, s.status, s.section_id, s.language, s.stance, s.kind, s.organisation_id,
			s.attachment_id IS NOT NULL, NOT now_tagged)::submission_facet_row
		FROM submissions s WHERE s.id = ANY (submission_ids));
	PERFORM add_submission_facets(moved, -1, false);
	PERFORM add_submission_facets(array(SELECT ROW(m.id, m.consultation_id, m.status, m.section_id, m.language, m.stance, m.kind,
		m.organisation_id, m.has_attachment, now_tagged)::submission_facet_row FROM unnest(moved) m), 1, false);
END;
$$;
--> statement-breakpoint
CREATE FUNCTION submission_themes_count_added() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
	submission_ids uuid[];
	theme_ids uuid[];
BEGIN
	SELECT array_agg(submission_id), array_agg(theme_id) INTO submission_ids, theme_ids FROM added_tags;
	PERFORM add_tag_facets(submission_ids, theme_ids, 1);
	-- Untagged before: every tag it has now came with this statement.
	PERFORM move_tagged_facets(array(
		SELECT a.submission_id FROM added_tags a GROUP BY a.submission_id
		HAVING count(*) = (SELECT count(*) FROM submission_themes st WHERE st.submission_id = a.submission_id)), true);
	RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION submission_themes_count_removed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
	submission_ids uuid[];
	theme_ids uuid[];
BEGIN
	SELECT array_agg(submission_id), array_agg(theme_id) INTO submission_ids, theme_ids FROM removed_tags;
	PERFORM add_tag_facets(submission_ids, theme_ids, -1);
	PERFORM move_tagged_facets(array(
		SELECT DISTINCT r.submission_id FROM removed_tags r
		WHERE NOT EXISTS (SELECT 1 FROM submission_themes st WHERE st.submission_id = r.submission_id)), false);
	RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER submission_themes_count_added AFTER INSERT ON submission_themes
	REFERENCING NEW TABLE AS added_tags FOR EACH STATEMENT EXECUTE FUNCTION submission_themes_count_added();
--> statement-breakpoint
CREATE TRIGGER submission_themes_count_removed AFTER DELETE ON submission_themes
	REFERENCING OLD TABLE AS removed_tags FOR EACH STATEMENT EXECUTE FUNCTION submission_themes_count_removed();
--> statement-breakpoint
-- An organisation that changes type or country moves all its input: count those consultations again.
CREATE FUNCTION organisations_count_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	PERFORM recount_submission_facets(array(
		SELECT DISTINCT s.consultation_id FROM submissions s
		JOIN changed_after n ON n.id = s.organisation_id JOIN changed_before o ON o.id = n.id
		WHERE (o.type, o.country) IS DISTINCT FROM (n.type, n.country)));
	RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER organisations_count_changed AFTER UPDATE ON organisations
	REFERENCING OLD TABLE AS changed_before NEW TABLE AS changed_after FOR EACH STATEMENT EXECUTE FUNCTION organisations_count_changed();
--> statement-breakpoint
SELECT recount_submission_facets(array(SELECT id FROM consultations));
