-- Whenever what a consultation's theme model learns from changes (theme_model_versions moves,
-- migration 0009), its background trainer is asked to train it again (decision 024).
CREATE FUNCTION theme_retrain_requested() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	INSERT INTO theme_retrain_requests (consultation_id) SELECT DISTINCT consultation_id FROM moved
	ON CONFLICT (consultation_id) DO UPDATE SET requested_at = now();
	RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER theme_retrain_on_new_version AFTER INSERT ON theme_model_versions
	REFERENCING NEW TABLE AS moved FOR EACH STATEMENT EXECUTE FUNCTION theme_retrain_requested();
--> statement-breakpoint
CREATE TRIGGER theme_retrain_on_version AFTER UPDATE ON theme_model_versions
	REFERENCING NEW TABLE AS moved FOR EACH STATEMENT EXECUTE FUNCTION theme_retrain_requested();
