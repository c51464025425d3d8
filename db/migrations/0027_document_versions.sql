CREATE TYPE "public"."version_status" AS ENUM('drafting', 'published');--> statement-breakpoint
CREATE TYPE "public"."amendment_outcome" AS ENUM('applied', 'conflict', 'resolved_by_admin');--> statement-breakpoint
CREATE TYPE "public"."section_mapping_kind" AS ENUM('new', 'changed', 'merged', 'removed', 'unchanged');--> statement-breakpoint
CREATE TABLE "section_mappings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version_id" uuid NOT NULL,
	"from_section_id" uuid,
	"to_section_id" uuid,
	"kind" "section_mapping_kind" NOT NULL,
	CONSTRAINT "section_mappings_one_side" CHECK (from_section_id is not null or to_section_id is not null)
);
--> statement-breakpoint
CREATE TABLE "version_amendment_outcomes" (
	"submission_id" uuid NOT NULL,
	"version_id" uuid NOT NULL,
	"outcome" "amendment_outcome" NOT NULL,
	"conflict" text,
	"note" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "consultations" ADD COLUMN "input_frozen" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "document_versions" ADD COLUMN "status" "version_status" DEFAULT 'published' NOT NULL;--> statement-breakpoint
ALTER TABLE "document_versions" ADD COLUMN "changelog_en" text;--> statement-breakpoint
ALTER TABLE "document_versions" ADD COLUMN "changelog_id" text;--> statement-breakpoint
ALTER TABLE "document_versions" ADD COLUMN "published_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "document_versions" ADD COLUMN "based_on_version_id" uuid;--> statement-breakpoint
ALTER TABLE "section_mappings" ADD CONSTRAINT "section_mappings_version_id_document_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."document_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "section_mappings" ADD CONSTRAINT "section_mappings_from_section_id_sections_id_fk" FOREIGN KEY ("from_section_id") REFERENCES "public"."sections"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "section_mappings" ADD CONSTRAINT "section_mappings_to_section_id_sections_id_fk" FOREIGN KEY ("to_section_id") REFERENCES "public"."sections"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "version_amendment_outcomes" ADD CONSTRAINT "version_amendment_outcomes_submission_id_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."submissions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "version_amendment_outcomes" ADD CONSTRAINT "version_amendment_outcomes_version_id_document_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."document_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "section_mappings_version_idx" ON "section_mappings" USING btree ("version_id");--> statement-breakpoint
CREATE INDEX "section_mappings_from_idx" ON "section_mappings" USING btree ("from_section_id");--> statement-breakpoint
CREATE INDEX "section_mappings_to_idx" ON "section_mappings" USING btree ("to_section_id");--> statement-breakpoint
CREATE UNIQUE INDEX "section_mappings_pair_key" ON "section_mappings" USING btree ("version_id","from_section_id","to_section_id");--> statement-breakpoint
CREATE UNIQUE INDEX "version_amendment_outcomes_key" ON "version_amendment_outcomes" USING btree ("submission_id","version_id");--> statement-breakpoint
ALTER TABLE "document_versions" ADD CONSTRAINT "document_versions_based_on_version_id_document_versions_id_fk" FOREIGN KEY ("based_on_version_id") REFERENCES "public"."document_versions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "document_versions_one_drafting_idx" ON "document_versions" USING btree ("consultation_id") WHERE status = 'drafting';--> statement-breakpoint
-- Versions that existed before versioning were published when they were made.
UPDATE "document_versions" SET "published_at" = "created_at" WHERE "published_at" IS NULL;
