CREATE TABLE "theme_models" (
	"consultation_id" uuid PRIMARY KEY NOT NULL,
	"epoch" uuid NOT NULL,
	"version" bigint NOT NULL,
	"model" text NOT NULL,
	"trained_on" integer NOT NULL,
	"train_ms" integer NOT NULL,
	"trained_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "theme_retrain_requests" (
	"consultation_id" uuid PRIMARY KEY NOT NULL,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "theme_models" ADD CONSTRAINT "theme_models_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "theme_retrain_requests" ADD CONSTRAINT "theme_retrain_requests_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;