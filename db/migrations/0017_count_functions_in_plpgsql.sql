-- The count triggers' helpers, unchanged in what they do, as PL/pgSQL instead of SQL functions:
-- PostgreSQL plans a (non-inlined) SQL function's statements anew on every call, where PL/pgSQL
-- keeps each statement's plan for the connection; and the insert trigger, which every submission
-- sent runs, written for what it counts (decision 017).
CREATE OR REPLACE FUNCTION bump_queue_counts(consultation_ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
	INSERT INTO queue_count_versions AS v (consultation_id, version)
	SELECT DISTINCT id, 1 FROM unnest(consultation_ids) AS id
	ON CONFLICT (consultation_id) DO UPDATE SET version = v.version + 1;
END;
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION add_submission_facets(rows submission_facet_row[], sign integer, with_themes boolean) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
	PERFORM bump_queue_counts(array(SELECT DISTINCT r.consultation_id FROM unnest(rows) AS r));
	INSERT INTO submission_facet_counts AS c
		(consultation_id, status, section_id, language, stance, kind, organisation_type, country, has_attachment, tagged, n, changed_version)
	SELECT r.consultation_id, r.status, r.section_id, r.language, r.stance, r.kind, coalesce(o.type::text, 'individual'), o.country,
		r.has_attachment, r.tagged, sign * count(*), max(v.version)
	FROM unnest(rows) AS r
	JOIN queue_count_versions v ON v.consultation_id = r.consultation_id
	LEFT JOIN organisations o ON o.id = r.organisation_id
	GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
	ON CONFLICT ON CONSTRAINT submission_facet_counts_key DO UPDATE SET n = c.n + excluded.n, changed_version = excluded.changed_version;
	IF NOT with_themes THEN
		RETURN;
	END IF;
	INSERT INTO theme_facet_counts AS c
		(consultation_id, theme_id, status, section_id, language, stance, kind, organisation_type, country, has_attachment, n, changed_version)
	SELECT r.consultation_id, st.theme_id, r.status, r.section_id, r.language, r.stance, r.kind, coalesce(o.type::text, 'individual'),
		o.country, r.has_attachment, sign * count(*), max(v.version)
	FROM unnest(rows) AS r
	JOIN submission_themes st ON st.submission_id = r.id
	JOIN queue_count_versions v ON v.consultation_id = r.consultation_id
	LEFT JOIN organisations o ON o.id = r.organisation_id
	GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
	ON CONFLICT ON CONSTRAINT theme_facet_counts_key DO UPDATE SET n = c.n + excluded.n, changed_version = excluded.changed_version;
END;
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION add_tag_facets(submission_ids uuid[], theme_ids uuid[], sign integer) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
	PERFORM bump_queue_counts(array(SELECT DISTINCT s.consultation_id FROM submissions s WHERE s.id = ANY (submission_ids)));
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
END;
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION bump_theme_model(consultation_ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
	INSERT INTO theme_model_versions AS v (consultation_id, version)
	SELECT DISTINCT c.id, 1 FROM consultations c WHERE c.id = ANY (consultation_ids)
	ON CONFLICT (consultation_id) DO UPDATE SET version = v.version + 1;
END;
$$;
--> statement-breakpoint
-- The trigger every submission sent runs, reading its transition table directly: a new submission
-- has no tag yet (a tag needs the row first), so only its own counts change, as "untagged". Going
-- through add_submission_facets' array of rows cost about 1 ms more of PostgreSQL's time per send.
CREATE OR REPLACE FUNCTION submissions_count_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	PERFORM bump_queue_counts(array(SELECT DISTINCT consultation_id FROM inserted));
	INSERT INTO submission_facet_counts AS c
		(consultation_id, status, section_id, language, stance, kind, organisation_type, country, has_attachment, tagged, n, changed_version)
	SELECT r.consultation_id, r.status, r.section_id, r.language, r.stance, r.kind, coalesce(o.type::text, 'individual'), o.country,
		r.attachment_id IS NOT NULL, false, count(*), max(v.version)
	FROM inserted AS r
	JOIN queue_count_versions v ON v.consultation_id = r.consultation_id
	LEFT JOIN organisations o ON o.id = r.organisation_id
	GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
	ON CONFLICT ON CONSTRAINT submission_facet_counts_key DO UPDATE SET n = c.n + excluded.n, changed_version = excluded.changed_version;
	RETURN NULL;
END;
$$;
