-- What the application's own PostgreSQL role may do: read and write rows, add to the audit log.
-- It owns no table, so it can never ALTER one, DROP or disable a trigger, or TRUNCATE; it cannot
-- UPDATE or DELETE audit events either (their trigger refuses them too). Run it as the role that
-- owns the tables and runs the migrations, after `npm run db:migrate` (README, "Database roles"):
--   psql "$OWNER_DATABASE_URL" -v app_role=masukan_app -f db/app-role.sql
GRANT USAGE ON SCHEMA public, drizzle TO :"app_role";
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO :"app_role";
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO :"app_role";
REVOKE UPDATE, DELETE ON audit_events FROM :"app_role";
-- An event's address is erased after its retention period (decision 038), never rewritten.
REVOKE UPDATE ON audit_event_addresses FROM :"app_role";
-- The server reads which migrations are applied, and starts only when none is pending.
GRANT SELECT ON drizzle.__drizzle_migrations TO :"app_role";
-- Tables and sequences that later migrations create (as this owner) get the same rights.
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO :"app_role";
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO :"app_role";
