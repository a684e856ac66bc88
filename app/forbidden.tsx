import { StatusPage } from "@/components/status-page";

export default function Forbidden() {
  return <StatusPage section="forbidden" />;
}
