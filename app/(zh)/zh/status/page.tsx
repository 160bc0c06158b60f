import { StatusPage } from "@/components/pages/status-page";
import { statusMetadata } from "@/lib/metadata";

export const metadata = statusMetadata("zh");

export default function Page() {
  return <StatusPage locale="zh" />;
}
