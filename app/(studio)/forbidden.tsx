import { StatusPage } from "@/components/status-page";

/** 403 inside the studio: rendered within the studio layout's <main>, so not a second one. */
export default function StudioForbidden() {
  return <StatusPage section="forbidden" withinMain />;
}
