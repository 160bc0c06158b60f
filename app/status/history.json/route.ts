import { loadStatusConfig } from "@/lib/status/config";
import { readHistoryView } from "@/lib/status/history/view";
import { getStatusSnapshot } from "@/lib/status/source";

// The 90 days the status pages show, for machines: per check, each day's state, the share of
// time passing with evidence, and every state change.
export const dynamic = "force-static";

export async function GET() {
  const snapshot = await getStatusSnapshot();
  return Response.json(await readHistoryView(loadStatusConfig(), snapshot), {
    headers: { "Cache-Control": "public, max-age=60" },
  });
}
