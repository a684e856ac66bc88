CREATE TABLE "allowed_word_proposals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"word" text NOT NULL,
	"proposed_by" uuid NOT NULL,
	"template_id" uuid,
	"state" text DEFAULT 'pending' NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "allowed_word_proposals" ADD CONSTRAINT "allowed_word_proposals_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allowed_word_proposals" ADD CONSTRAINT "allowed_word_proposals_proposed_by_users_id_fk" FOREIGN KEY ("proposed_by") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allowed_word_proposals" ADD CONSTRAINT "allowed_word_proposals_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "allowed_word_proposals_pending_idx" ON "allowed_word_proposals" USING btree ("organisation_id",lower("word")) WHERE "allowed_word_proposals"."state" = 'pending';--> statement-breakpoint
CREATE INDEX "allowed_word_proposals_proposer_idx" ON "allowed_word_proposals" USING btree ("proposed_by");--> statement-breakpoint
CREATE INDEX "allowed_word_proposals_decider_idx" ON "allowed_word_proposals" USING btree ("decided_by");