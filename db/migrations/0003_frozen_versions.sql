-- What an approver signed off must be exactly what goes out: once a version is approved, its
-- variants never change and the version itself only moves along approved → published → superseded
-- (→ published again for a rollback). Enforced here so that no route, action or script can bypass it.
CREATE OR REPLACE FUNCTION template_variants_refuse_frozen() RETURNS trigger AS $$
DECLARE
  version_state text;
BEGIN
  SELECT state INTO version_state FROM template_versions
    WHERE id = CASE WHEN TG_OP = 'INSERT' THEN NEW.version_id ELSE OLD.version_id END;
  IF version_state IN ('approved', 'published', 'superseded') THEN
    RAISE EXCEPTION 'version is % and its content cannot change (% refused)', version_state, TG_OP
      USING ERRCODE = 'check_violation';
  END IF;
  IF TG_OP = 'UPDATE' AND NEW.version_id <> OLD.version_id THEN
    RAISE EXCEPTION 'a variant cannot move to another version' USING ERRCODE = 'check_violation';
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER template_variants_frozen
  BEFORE INSERT OR UPDATE OR DELETE ON template_variants
  FOR EACH ROW EXECUTE FUNCTION template_variants_refuse_frozen();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION template_versions_refuse_frozen() RETURNS trigger AS $$
BEGIN
  IF OLD.state NOT IN ('approved', 'published', 'superseded') THEN
    IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
    RETURN NEW;
  END IF;
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'version is % and cannot be deleted', OLD.state USING ERRCODE = 'check_violation';
  END IF;
  IF NEW.template_id <> OLD.template_id
    OR NEW.organisation_id <> OLD.organisation_id
    OR NEW.number <> OLD.number
    OR NEW.approved_content_hash IS DISTINCT FROM OLD.approved_content_hash
    OR NEW.approved_policy_version IS DISTINCT FROM OLD.approved_policy_version
    OR NEW.approved_at IS DISTINCT FROM OLD.approved_at
    OR NEW.based_on_version_id IS DISTINCT FROM OLD.based_on_version_id THEN
    RAISE EXCEPTION 'version is % and its approval cannot change', OLD.state USING ERRCODE = 'check_violation';
  END IF;
  IF NOT (
    NEW.state = OLD.state
    OR (OLD.state = 'approved' AND NEW.state = 'published')
    OR (OLD.state = 'published' AND NEW.state = 'superseded')
    OR (OLD.state = 'superseded' AND NEW.state = 'published')
  ) THEN
    RAISE EXCEPTION 'version is % and cannot become %', OLD.state, NEW.state USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER template_versions_frozen
  BEFORE UPDATE OR DELETE ON template_versions
  FOR EACH ROW EXECUTE FUNCTION template_versions_refuse_frozen();
