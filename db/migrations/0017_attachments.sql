CREATE TABLE "attachment_blobs" (
	"organisation_id" uuid NOT NULL,
	"sha256" text NOT NULL,
	"bytes" "bytea" NOT NULL,
	"size" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "attachment_blobs_organisation_id_sha256_pk" PRIMARY KEY("organisation_id","sha256")
);
--> statement-breakpoint
CREATE TABLE "variant_attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"template_id" uuid NOT NULL,
	"version_id" uuid NOT NULL,
	"variant_id" uuid NOT NULL,
	"locale" text NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"page_count" integer NOT NULL,
	"text_pages" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"findings" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"policy_version" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "attachment_blobs" ADD CONSTRAINT "attachment_blobs_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "variant_attachments" ADD CONSTRAINT "variant_attachments_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "variant_attachments" ADD CONSTRAINT "variant_attachments_template_id_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."templates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "variant_attachments" ADD CONSTRAINT "variant_attachments_version_id_template_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."template_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "variant_attachments" ADD CONSTRAINT "variant_attachments_variant_id_template_variants_id_fk" FOREIGN KEY ("variant_id") REFERENCES "public"."template_variants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "variant_attachments" ADD CONSTRAINT "variant_attachments_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "variant_attachments_variant_name_idx" ON "variant_attachments" USING btree ("variant_id","file_name");--> statement-breakpoint
CREATE INDEX "variant_attachments_version_idx" ON "variant_attachments" USING btree ("version_id");--> statement-breakpoint
CREATE INDEX "variant_attachments_org_idx" ON "variant_attachments" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "variant_attachments_template_idx" ON "variant_attachments" USING btree ("template_id");--> statement-breakpoint
CREATE INDEX "variant_attachments_created_by_idx" ON "variant_attachments" USING btree ("created_by");--> statement-breakpoint
-- A file belongs to its version's content: frozen with it (approved, published, superseded), by the
-- same rule as the variants' text, so that no route or script can change what was signed off.
CREATE TRIGGER variant_attachments_frozen
  BEFORE INSERT OR UPDATE OR DELETE ON variant_attachments
  FOR EACH ROW EXECUTE FUNCTION template_variants_refuse_frozen();
--> statement-breakpoint
-- Stored bytes are addressed by their hash: they can be dropped, never changed.
CREATE OR REPLACE FUNCTION attachment_blobs_refuse_update() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'stored files never change (% refused)', TG_OP USING ERRCODE = 'check_violation';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER attachment_blobs_immutable
  BEFORE UPDATE ON attachment_blobs
  FOR EACH ROW EXECUTE FUNCTION attachment_blobs_refuse_update();
