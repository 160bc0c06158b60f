import "server-only";
import { CompactSign } from "jose";
import { env } from "@/lib/env";
import type { StatusSnapshot } from "../types";
import { ALGORITHM, readSigningKey, type SigningKey } from "./keys";

// A buyer who archives /status.jws can later prove what the site said and when: the payload is
// the snapshot exactly as /status.json serves it, signed with the key in /.well-known/jwks.json.

export const JWS_TYPE = "trust-center-status+json";

let key: Promise<SigningKey> | undefined;

/** The configured key, read once; undefined when STATUS_SIGNING_KEY is not set. */
export function signingKey(): Promise<SigningKey> | undefined {
  if (!env.STATUS_SIGNING_KEY) return undefined;
  key ??= readSigningKey(env.STATUS_SIGNING_KEY);
  return key;
}

export async function signSnapshot(snapshot: StatusSnapshot, signer: SigningKey): Promise<string> {
  return new CompactSign(new TextEncoder().encode(JSON.stringify(snapshot)))
    .setProtectedHeader({ alg: ALGORITHM, kid: signer.publicJwk.kid, typ: JWS_TYPE, cty: "application/json" })
    .sign(signer.privateKey);
}
