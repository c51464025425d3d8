CREATE TABLE "near_duplicate_filings" (
	"submission_id" uuid PRIMARY KEY NOT NULL,
	"queued_at" timestamp with time zone DEFAULT now() NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "near_duplicate_filings" ADD CONSTRAINT "near_duplicate_filings_submission_id_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."submissions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "near_duplicate_filings_order_idx" ON "near_duplicate_filings" USING btree ("queued_at");