CREATE TABLE "template_variants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version_id" uuid NOT NULL,
	"template_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"locale" text NOT NULL,
	"is_source" boolean DEFAULT false NOT NULL,
	"subject" text DEFAULT '' NOT NULL,
	"doc" jsonb NOT NULL,
	"status" text DEFAULT 'missing' NOT NULL,
	"revision" integer DEFAULT 0 NOT NULL,
	"content_hash" text NOT NULL,
	"translated_from" jsonb,
	"policy_findings" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"policy_version" text,
	"policy_content_hash" text,
	"error_count" integer DEFAULT 0 NOT NULL,
	"warning_count" integer DEFAULT 0 NOT NULL,
	"a11y_result" jsonb,
	"a11y_content_hash" text,
	"a11y_violation_count" integer DEFAULT 0 NOT NULL,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "template_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"template_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"state" text DEFAULT 'draft' NOT NULL,
	"based_on_version_id" uuid,
	"created_by" uuid,
	"submitted_by" uuid,
	"submitted_at" timestamp with time zone,
	"approved_content_hash" text,
	"approved_policy_version" text,
	"approved_at" timestamp with time zone,
	"published_by" uuid,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "templates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"key" text NOT NULL,
	"name" text NOT NULL,
	"purpose" text NOT NULL,
	"source_locale" text NOT NULL,
	"locales" text[] NOT NULL,
	"live_version_id" uuid,
	"status" text DEFAULT 'draft' NOT NULL,
	"needs_translation" boolean DEFAULT true NOT NULL,
	"has_errors" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "version_editors" (
	"version_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	CONSTRAINT "version_editors_version_id_user_id_pk" PRIMARY KEY("version_id","user_id")
);
--> statement-breakpoint
ALTER TABLE "template_variants" ADD CONSTRAINT "template_variants_version_id_template_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."template_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "template_variants" ADD CONSTRAINT "template_variants_template_id_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."templates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "template_variants" ADD CONSTRAINT "template_variants_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "template_variants" ADD CONSTRAINT "template_variants_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "template_versions" ADD CONSTRAINT "template_versions_template_id_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."templates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "template_versions" ADD CONSTRAINT "template_versions_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "template_versions" ADD CONSTRAINT "template_versions_based_on_version_id_template_versions_id_fk" FOREIGN KEY ("based_on_version_id") REFERENCES "public"."template_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "template_versions" ADD CONSTRAINT "template_versions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "template_versions" ADD CONSTRAINT "template_versions_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "template_versions" ADD CONSTRAINT "template_versions_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "templates" ADD CONSTRAINT "templates_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "templates" ADD CONSTRAINT "templates_live_version_id_template_versions_id_fk" FOREIGN KEY ("live_version_id") REFERENCES "public"."template_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "templates" ADD CONSTRAINT "templates_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "version_editors" ADD CONSTRAINT "version_editors_version_id_template_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."template_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "version_editors" ADD CONSTRAINT "version_editors_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "template_variants_version_locale_idx" ON "template_variants" USING btree ("version_id","locale");--> statement-breakpoint
CREATE INDEX "template_variants_org_locale_status_idx" ON "template_variants" USING btree ("organisation_id","locale","status");--> statement-breakpoint
CREATE INDEX "template_variants_template_idx" ON "template_variants" USING btree ("template_id");--> statement-breakpoint
CREATE INDEX "template_variants_updated_by_idx" ON "template_variants" USING btree ("updated_by");--> statement-breakpoint
CREATE UNIQUE INDEX "template_versions_template_number_idx" ON "template_versions" USING btree ("template_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "template_versions_one_open_idx" ON "template_versions" USING btree ("template_id") WHERE "template_versions"."state" in ('draft', 'in_review', 'changes_requested');--> statement-breakpoint
CREATE INDEX "template_versions_org_state_idx" ON "template_versions" USING btree ("organisation_id","state");--> statement-breakpoint
CREATE INDEX "template_versions_based_on_idx" ON "template_versions" USING btree ("based_on_version_id");--> statement-breakpoint
CREATE INDEX "template_versions_created_by_idx" ON "template_versions" USING btree ("created_by");--> statement-breakpoint
CREATE INDEX "template_versions_submitted_by_idx" ON "template_versions" USING btree ("submitted_by");--> statement-breakpoint
CREATE INDEX "template_versions_published_by_idx" ON "template_versions" USING btree ("published_by");--> statement-breakpoint
CREATE UNIQUE INDEX "templates_org_key_idx" ON "templates" USING btree ("organisation_id","key");--> statement-breakpoint
CREATE INDEX "templates_org_updated_idx" ON "templates" USING btree ("organisation_id","updated_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "templates_org_purpose_idx" ON "templates" USING btree ("organisation_id","purpose","updated_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "templates_org_status_idx" ON "templates" USING btree ("organisation_id","status","updated_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "templates_locales_idx" ON "templates" USING gin ("locales");--> statement-breakpoint
CREATE INDEX "templates_live_version_idx" ON "templates" USING btree ("live_version_id");--> statement-breakpoint
CREATE INDEX "templates_created_by_idx" ON "templates" USING btree ("created_by");--> statement-breakpoint
CREATE INDEX "version_editors_user_idx" ON "version_editors" USING btree ("user_id");