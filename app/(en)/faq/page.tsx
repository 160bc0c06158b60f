import { FaqPage } from "@/components/pages/faq-page";
import { faqMetadata } from "@/lib/metadata";

export const metadata = faqMetadata("en");

export default function Page() {
  return <FaqPage locale="en" />;
}
