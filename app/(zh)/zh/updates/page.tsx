import { UpdatesPage } from "@/components/pages/updates-page";
import { updatesMetadata } from "@/lib/metadata";

export const metadata = updatesMetadata("zh");

export default function Page() {
  return <UpdatesPage locale="zh" />;
}
