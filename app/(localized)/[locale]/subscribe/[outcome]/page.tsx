import { notFound } from "next/navigation";
import { localeOf, type LocaleParams } from "@/components/layout/page-locale";
import { SubscribeOutcomePage } from "@/components/pages/subscribe-outcome-page";
import { isOutcome, OUTCOMES } from "@/lib/subscriptions/outcome";
import { subscribeOutcomeMetadata } from "@/lib/updates/metadata";

type Props = { params: Promise<LocaleParams & { outcome: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return OUTCOMES.map((outcome) => ({ outcome }));
}

export async function generateMetadata({ params }: Props) {
  const { outcome, ...locale } = await params;
  return isOutcome(outcome) ? subscribeOutcomeMetadata(localeOf(locale), outcome) : {};
}

export default async function Page({ params }: Props) {
  const { outcome, ...locale } = await params;
  if (!isOutcome(outcome)) notFound();
  return <SubscribeOutcomePage locale={localeOf(locale)} outcome={outcome} />;
}
