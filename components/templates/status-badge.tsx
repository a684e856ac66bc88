import { Badge } from "@/components/ui/badge";
import type { ShownStatus } from "@/lib/workflow/status";

const TONE: Record<ShownStatus, "default" | "secondary" | "success" | "warning" | "destructive" | "outline"> = {
  // Version states
  draft: "secondary",
  in_review: "default",
  changes_requested: "warning",
  approved: "success",
  published: "success",
  superseded: "outline",
  // Variant work statuses (shown while their version is open)
  missing: "destructive",
  translated: "success",
  outdated: "warning",
};

/** A status as describeStatus (lib/workflow/status) derived it, with its translated label. */
export function StatusBadge({ status, label }: { status: ShownStatus; label: string }) {
  return <Badge variant={TONE[status]}>{label}</Badge>;
}
