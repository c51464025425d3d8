CREATE TABLE "audit_event_addresses" (
	"event_id" bigint PRIMARY KEY NOT NULL,
	"address" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "themes" ADD COLUMN "retired_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "themes" ADD COLUMN "merged_into_id" uuid;--> statement-breakpoint
ALTER TABLE "themes" ADD CONSTRAINT "themes_merged_into_id_themes_id_fk" FOREIGN KEY ("merged_into_id") REFERENCES "public"."themes"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_events_action_idx" ON "audit_events" USING btree ("action","occurred_at");--> statement-breakpoint
CREATE INDEX "audit_events_actor_idx" ON "audit_events" USING btree ("actor_id","occurred_at");--> statement-breakpoint
-- An event's address may be erased (DELETE, after the retention period; decision 038) but never
-- rewritten: a changed address would make the log say something that did not happen.
CREATE FUNCTION audit_event_addresses_refuse_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_event_addresses are never changed, only erased: UPDATE refused' USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER audit_event_addresses_no_update
  BEFORE UPDATE ON audit_event_addresses
  FOR EACH ROW EXECUTE FUNCTION audit_event_addresses_refuse_update();
