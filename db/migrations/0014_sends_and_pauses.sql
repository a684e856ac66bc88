CREATE TABLE "send_outcomes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"send_id" uuid NOT NULL,
	"outcome" text NOT NULL,
	"detail" text DEFAULT '' NOT NULL,
	"idempotency_key" text NOT NULL,
	"request_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sends" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"template_id" uuid NOT NULL,
	"version_id" uuid NOT NULL,
	"purpose" text NOT NULL,
	"locale" text NOT NULL,
	"order_id" text NOT NULL,
	"content_hash" text NOT NULL,
	"sent_at" timestamp with time zone NOT NULL,
	"idempotency_key" text NOT NULL,
	"request_hash" text NOT NULL,
	"api_key_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "proactive_paused_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "templates" ADD COLUMN "paused_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "templates" ADD COLUMN "pause" jsonb;--> statement-breakpoint
ALTER TABLE "send_outcomes" ADD CONSTRAINT "send_outcomes_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "send_outcomes" ADD CONSTRAINT "send_outcomes_send_id_sends_id_fk" FOREIGN KEY ("send_id") REFERENCES "public"."sends"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sends" ADD CONSTRAINT "sends_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sends" ADD CONSTRAINT "sends_template_id_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."templates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sends" ADD CONSTRAINT "sends_version_id_template_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."template_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sends" ADD CONSTRAINT "sends_api_key_id_api_keys_id_fk" FOREIGN KEY ("api_key_id") REFERENCES "public"."api_keys"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "send_outcomes_org_idempotency_idx" ON "send_outcomes" USING btree ("organisation_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "send_outcomes_send_idx" ON "send_outcomes" USING btree ("send_id","created_at");--> statement-breakpoint
CREATE INDEX "send_outcomes_org_idx" ON "send_outcomes" USING btree ("organisation_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "sends_org_idempotency_idx" ON "sends" USING btree ("organisation_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "sends_org_order_purpose_idx" ON "sends" USING btree ("organisation_id","order_id","purpose");--> statement-breakpoint
CREATE INDEX "sends_org_sent_idx" ON "sends" USING btree ("organisation_id","sent_at");--> statement-breakpoint
CREATE INDEX "sends_template_idx" ON "sends" USING btree ("template_id");--> statement-breakpoint
CREATE INDEX "sends_version_idx" ON "sends" USING btree ("version_id");--> statement-breakpoint
CREATE INDEX "sends_api_key_idx" ON "sends" USING btree ("api_key_id");