import { signingKey } from "@/lib/status/signing/sign";

// The public key that verifies /status.json's signed copy, /status.jws.
export const dynamic = "force-static";

export async function GET() {
  const key = signingKey();
  if (!key) return new Response("Not found", { status: 404 });
  return Response.json({ keys: [(await key).publicJwk] }, { headers: { "Content-Type": "application/jwk-set+json" } });
}
