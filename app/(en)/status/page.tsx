import { StatusPage } from "@/components/pages/status-page";
import { statusMetadata } from "@/lib/metadata";

export const metadata = statusMetadata("en");

export default function Page() {
  return <StatusPage locale="en" />;
}
