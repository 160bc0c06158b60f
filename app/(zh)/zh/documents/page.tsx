import { DocumentsPage } from "@/components/documents/documents-page";
import { documentsMetadata } from "@/lib/metadata";

export const metadata = documentsMetadata("zh");

export default function Page() {
  return <DocumentsPage locale="zh" />;
}
