import { FaqPage } from "@/components/pages/faq-page";
import { faqMetadata } from "@/lib/metadata";

export const metadata = faqMetadata("zh");

export default function Page() {
  return <FaqPage locale="zh" />;
}
