CREATE TABLE "submission_bands" (
	"submission_id" uuid NOT NULL,
	"consultation_id" uuid NOT NULL,
	"band" integer NOT NULL,
	"hash" integer NOT NULL,
	CONSTRAINT "submission_bands_submission_id_band_pk" PRIMARY KEY("submission_id","band")
);
--> statement-breakpoint
ALTER TABLE "submissions" ADD COLUMN "duplicate_group_id" uuid;--> statement-breakpoint
ALTER TABLE "submissions" ADD COLUMN "minhash" bigint[];--> statement-breakpoint
ALTER TABLE "submission_bands" ADD CONSTRAINT "submission_bands_submission_id_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."submissions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "submission_bands_lookup_idx" ON "submission_bands" USING btree ("consultation_id","band","hash");--> statement-breakpoint
CREATE INDEX "submissions_duplicate_group_idx" ON "submissions" USING btree ("duplicate_group_id");