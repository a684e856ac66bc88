DROP INDEX "templates_org_updated_idx";--> statement-breakpoint
DROP INDEX "templates_org_purpose_idx";--> statement-breakpoint
DROP INDEX "templates_org_status_idx";--> statement-breakpoint
CREATE INDEX "templates_search_idx" ON "templates" USING gin (("name" || ' ' || "key") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "templates_org_updated_idx" ON "templates" USING btree ("organisation_id","updated_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "templates_org_purpose_idx" ON "templates" USING btree ("organisation_id","purpose","updated_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "templates_org_status_idx" ON "templates" USING btree ("organisation_id","status","updated_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);