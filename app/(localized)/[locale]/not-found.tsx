import { requestLocale } from "@/components/layout/page-locale";
import { NotFoundContent } from "@/components/pages/not-found-content";

// A URL under /<locale> that matches no page is answered in that locale's frame and words.
export default function NotFound() {
  return <NotFoundContent locale={requestLocale()} />;
}
