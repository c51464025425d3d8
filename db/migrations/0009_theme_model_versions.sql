CREATE TABLE "theme_model_versions" (
	"consultation_id" uuid PRIMARY KEY NOT NULL,
	"epoch" uuid DEFAULT gen_random_uuid() NOT NULL,
	"version" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "theme_model_versions" ADD CONSTRAINT "theme_model_versions_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- A new theme model version for these consultations (those still there: a consultation being
-- deleted takes its themes and tags with it, and needs no model).
CREATE FUNCTION bump_theme_model(consultation_ids uuid[]) RETURNS void LANGUAGE sql AS $$
	INSERT INTO theme_model_versions AS v (consultation_id, version)
	SELECT DISTINCT c.id, 1 FROM consultations c WHERE c.id = ANY (consultation_ids)
	ON CONFLICT (consultation_id) DO UPDATE SET version = v.version + 1;
$$;
--> statement-breakpoint
CREATE FUNCTION theme_model_tags_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	PERFORM bump_theme_model(array(SELECT DISTINCT t.consultation_id FROM changed_tags c JOIN themes t ON t.id = c.theme_id));
	RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER theme_model_tags_added AFTER INSERT ON submission_themes
	REFERENCING NEW TABLE AS changed_tags FOR EACH STATEMENT EXECUTE FUNCTION theme_model_tags_changed();
--> statement-breakpoint
CREATE TRIGGER theme_model_tags_removed AFTER DELETE ON submission_themes
	REFERENCING OLD TABLE AS changed_tags FOR EACH STATEMENT EXECUTE FUNCTION theme_model_tags_changed();
--> statement-breakpoint
CREATE FUNCTION theme_model_themes_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	PERFORM bump_theme_model(array(SELECT DISTINCT consultation_id FROM changed_themes));
	RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER theme_model_themes_added AFTER INSERT ON themes
	REFERENCING NEW TABLE AS changed_themes FOR EACH STATEMENT EXECUTE FUNCTION theme_model_themes_changed();
--> statement-breakpoint
CREATE TRIGGER theme_model_themes_updated AFTER UPDATE ON themes
	REFERENCING NEW TABLE AS changed_themes FOR EACH STATEMENT EXECUTE FUNCTION theme_model_themes_changed();
--> statement-breakpoint
CREATE TRIGGER theme_model_themes_removed AFTER DELETE ON themes
	REFERENCING OLD TABLE AS changed_themes FOR EACH STATEMENT EXECUTE FUNCTION theme_model_themes_changed();
--> statement-breakpoint
-- A tagged submission's text is part of what its themes learned: an edit changes the model.
CREATE FUNCTION theme_model_texts_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	PERFORM bump_theme_model(array(
		SELECT DISTINCT n.consultation_id FROM updated n JOIN replaced o ON o.id = n.id
		WHERE n.search_vector IS DISTINCT FROM o.search_vector
			AND EXISTS (SELECT 1 FROM submission_themes st WHERE st.submission_id = n.id)));
	RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER theme_model_texts_changed AFTER UPDATE ON submissions
	REFERENCING OLD TABLE AS replaced NEW TABLE AS updated FOR EACH STATEMENT EXECUTE FUNCTION theme_model_texts_changed();
