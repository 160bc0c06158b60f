import { signingKey, signSnapshot } from "@/lib/status/signing/sign";
import { getStatusSnapshot } from "@/lib/status/source";

// The snapshot of /status.json as a compact JWS (Ed25519), when STATUS_SIGNING_KEY is set.
export const dynamic = "force-static";

export async function GET() {
  const key = signingKey();
  if (!key) return new Response("Not found", { status: 404 });
  const jws = await signSnapshot(await getStatusSnapshot(), await key);
  return new Response(jws, {
    headers: { "Content-Type": "application/jose; charset=utf-8", "Cache-Control": "public, max-age=60" },
  });
}
