CREATE TYPE "public"."amendment_decision" AS ENUM('accepted', 'rejected');--> statement-breakpoint
CREATE TABLE "amendment_decisions" (
	"submission_id" uuid PRIMARY KEY NOT NULL,
	"decision" "amendment_decision" NOT NULL,
	"reason" text,
	"decided_by" text NOT NULL,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "consultations" ADD COLUMN "amendments_open" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "sections" ADD COLUMN "amendments_open" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "amendment_decisions" ADD CONSTRAINT "amendment_decisions_submission_id_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."submissions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "amendment_decisions" ADD CONSTRAINT "amendment_decisions_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "amendment_decisions_decision_idx" ON "amendment_decisions" USING btree ("decision");