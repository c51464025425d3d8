-- The row triggers of 0001 never see TRUNCATE, which empties the whole log in one statement:
-- refuse it the same way.
CREATE TRIGGER audit_events_no_truncate
  BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION audit_events_refuse_change();
