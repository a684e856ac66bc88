import { Badge } from "@/components/ui/badge";
import type { VariantStatus, VersionState } from "@/lib/templates/model";

const STATE_VARIANT: Record<VersionState, "default" | "secondary" | "success" | "warning" | "destructive" | "outline"> = {
  draft: "secondary",
  in_review: "default",
  changes_requested: "warning",
  approved: "success",
  published: "success",
  superseded: "outline",
};

const STATUS_VARIANT: Record<VariantStatus, "secondary" | "success" | "warning" | "destructive"> = {
  missing: "destructive",
  draft: "secondary",
  translated: "success",
  outdated: "warning",
};

export function VersionStateBadge({ state, label }: { state: VersionState; label: string }) {
  return <Badge variant={STATE_VARIANT[state]}>{label}</Badge>;
}

export function VariantStatusBadge({ status, label }: { status: VariantStatus; label: string }) {
  return <Badge variant={STATUS_VARIANT[status]}>{label}</Badge>;
}
