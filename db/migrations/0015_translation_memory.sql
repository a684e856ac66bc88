CREATE TABLE "translation_segments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"source_locale" text NOT NULL,
	"target_locale" text NOT NULL,
	"source_text" text NOT NULL,
	"target_text" text NOT NULL,
	"source_content" jsonb NOT NULL,
	"target_content" jsonb NOT NULL,
	"source_bands" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"pair_hash" text NOT NULL,
	"trusted" boolean DEFAULT false NOT NULL,
	"template_id" uuid,
	"version_id" uuid,
	"uses" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "translation_segments" ADD CONSTRAINT "translation_segments_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "translation_segments" ADD CONSTRAINT "translation_segments_template_id_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."templates"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "translation_segments" ADD CONSTRAINT "translation_segments_version_id_template_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."template_versions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "translation_segments" ADD CONSTRAINT "translation_segments_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "translation_segments_pair_idx" ON "translation_segments" USING btree ("organisation_id","pair_hash");--> statement-breakpoint
CREATE INDEX "translation_segments_exact_idx" ON "translation_segments" USING btree ("organisation_id","source_locale","target_locale",md5("source_text"));--> statement-breakpoint
CREATE INDEX "translation_segments_bands_idx" ON "translation_segments" USING gin ("source_bands") WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "translation_segments_template_idx" ON "translation_segments" USING btree ("template_id");--> statement-breakpoint
CREATE INDEX "translation_segments_version_idx" ON "translation_segments" USING btree ("version_id");--> statement-breakpoint
CREATE INDEX "translation_segments_created_by_idx" ON "translation_segments" USING btree ("created_by");