import { StatusPage } from "@/components/status-page";

/** 404 inside the studio: rendered within the studio layout's <main>, so not a second one. */
export default function StudioNotFound() {
  return <StatusPage section="notFound" withinMain />;
}
