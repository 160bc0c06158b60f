import { subprocessorsJsonSchema } from "@/lib/subprocessors/public";

export const dynamic = "force-static";

export function GET() {
  return Response.json(subprocessorsJsonSchema(), { headers: { "Content-Type": "application/schema+json" } });
}
