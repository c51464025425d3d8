CREATE TYPE "public"."tag_source" AS ENUM('manual', 'suggested');--> statement-breakpoint
CREATE TABLE "submission_themes" (
	"submission_id" uuid NOT NULL,
	"theme_id" uuid NOT NULL,
	"source" "tag_source" NOT NULL,
	"confidence" real,
	"added_by" text NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "submission_themes_submission_id_theme_id_pk" PRIMARY KEY("submission_id","theme_id")
);
--> statement-breakpoint
CREATE TABLE "moderation_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"submission_id" uuid NOT NULL,
	"author_id" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "submission_themes" ADD CONSTRAINT "submission_themes_submission_id_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."submissions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submission_themes" ADD CONSTRAINT "submission_themes_theme_id_themes_id_fk" FOREIGN KEY ("theme_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "moderation_notes" ADD CONSTRAINT "moderation_notes_submission_id_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."submissions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "moderation_notes" ADD CONSTRAINT "moderation_notes_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "submission_themes_theme_idx" ON "submission_themes" USING btree ("theme_id");--> statement-breakpoint
CREATE INDEX "moderation_notes_submission_idx" ON "moderation_notes" USING btree ("submission_id");--> statement-breakpoint
CREATE INDEX "submissions_queue_idx" ON "submissions" USING btree ("consultation_id","created_at","id");