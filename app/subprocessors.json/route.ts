import { loadSubprocessors } from "@/lib/subprocessors/load";
import { publicList } from "@/lib/subprocessors/public";

export const dynamic = "force-static";

export function GET() {
  return Response.json(publicList(loadSubprocessors()));
}
