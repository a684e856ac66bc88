DROP INDEX "approvals_version_approver_hash_idx";--> statement-breakpoint
CREATE INDEX "approvals_version_approver_idx" ON "approvals" USING btree ("version_id","approver_id");