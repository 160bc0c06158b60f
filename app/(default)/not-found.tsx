import { NotFoundContent } from "@/components/pages/not-found-content";
import { defaultLocale } from "@/lib/i18n/locales";

export default function NotFound() {
  return <NotFoundContent locale={defaultLocale} />;
}
