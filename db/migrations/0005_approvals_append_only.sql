-- A sign-off is evidence of who approved what: like audit events, it is never changed or removed.
CREATE TRIGGER approvals_append_only
  BEFORE UPDATE OR DELETE ON approvals
  FOR EACH ROW EXECUTE FUNCTION audit_events_refuse_change();
