import { getStatusSnapshot } from "@/lib/status/source";

// The public snapshot for machines: states, allowed rule names and times, nothing internal.
export const dynamic = "force-static";

export async function GET() {
  return Response.json(await getStatusSnapshot(), { headers: { "Cache-Control": "public, max-age=60" } });
}
