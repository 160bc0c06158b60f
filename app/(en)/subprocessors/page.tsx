import { SubprocessorsPage } from "@/components/pages/subprocessors-page";
import { subprocessorsMetadata } from "@/lib/metadata";

export const metadata = subprocessorsMetadata("en");

export default function Page() {
  return <SubprocessorsPage locale="en" />;
}
