CREATE TABLE "theme_summaries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"consultation_id" uuid NOT NULL,
	"theme_id" uuid NOT NULL,
	"section_id" uuid,
	"current_version_id" bigint,
	"published_version_id" bigint,
	"published_at" timestamp with time zone,
	"published_by" text,
	CONSTRAINT "theme_summaries_theme_section_key" UNIQUE NULLS NOT DISTINCT("theme_id","section_id")
);
--> statement-breakpoint
CREATE TABLE "theme_summary_versions" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "theme_summary_versions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"summary_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"body_en" text NOT NULL,
	"body_id" text NOT NULL,
	"en_not_translated" boolean DEFAULT false NOT NULL,
	"id_not_translated" boolean DEFAULT false NOT NULL,
	"author_id" text NOT NULL,
	"base_number" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "theme_summary_versions_number_key" UNIQUE("summary_id","number")
);
--> statement-breakpoint
ALTER TABLE "theme_summaries" ADD CONSTRAINT "theme_summaries_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "theme_summaries" ADD CONSTRAINT "theme_summaries_theme_id_themes_id_fk" FOREIGN KEY ("theme_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "theme_summaries" ADD CONSTRAINT "theme_summaries_section_id_sections_id_fk" FOREIGN KEY ("section_id") REFERENCES "public"."sections"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "theme_summaries" ADD CONSTRAINT "theme_summaries_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "theme_summary_versions" ADD CONSTRAINT "theme_summary_versions_summary_id_theme_summaries_id_fk" FOREIGN KEY ("summary_id") REFERENCES "public"."theme_summaries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "theme_summary_versions" ADD CONSTRAINT "theme_summary_versions_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "theme_summaries_consultation_idx" ON "theme_summaries" USING btree ("consultation_id");