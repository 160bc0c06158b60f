import { ChangesPage } from "@/components/pages/changes-page";
import { changesMetadata } from "@/lib/metadata";

export const metadata = changesMetadata("en");

export default function Page() {
  return <ChangesPage locale="en" />;
}
