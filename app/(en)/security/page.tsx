import { WhitepaperPage } from "@/components/pages/whitepaper-page";
import { whitepaperMetadata } from "@/lib/metadata";

export const metadata = whitepaperMetadata("en");

export default function Page() {
  return <WhitepaperPage locale="en" />;
}
