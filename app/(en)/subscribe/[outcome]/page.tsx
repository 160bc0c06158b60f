import { notFound } from "next/navigation";
import { SubscribeOutcomePage } from "@/components/pages/subscribe-outcome-page";
import { subscribeOutcomeMetadata } from "@/lib/metadata";
import { isOutcome, OUTCOMES } from "@/lib/subscriptions/outcome";

type Props = { params: Promise<{ outcome: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return OUTCOMES.map((outcome) => ({ outcome }));
}

export async function generateMetadata({ params }: Props) {
  const { outcome } = await params;
  return isOutcome(outcome) ? subscribeOutcomeMetadata("en", outcome) : {};
}

export default async function Page({ params }: Props) {
  const { outcome } = await params;
  if (!isOutcome(outcome)) notFound();
  return <SubscribeOutcomePage locale="en" outcome={outcome} />;
}
