import { ChangesPage } from "@/components/pages/changes-page";
import { changesMetadata } from "@/lib/metadata";

export const metadata = changesMetadata("zh");

export default function Page() {
  return <ChangesPage locale="zh" />;
}
