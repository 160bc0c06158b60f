import { compactVerify, createLocalJWKSet, type JSONWebKeySet } from "jose";
import { parseSnapshot } from "../snapshot-file";
import type { StatusSnapshot } from "../types";
import { ALGORITHM } from "./keys";

export class VerificationError extends Error {
  override name = "VerificationError";
}

/** Checks a compact JWS against a key set; returns the snapshot it signs, or throws saying why not. */
export async function verifySnapshot(
  jws: string,
  jwks: JSONWebKeySet,
): Promise<{ snapshot: StatusSnapshot; kid: string | undefined }> {
  let verified;
  try {
    verified = await compactVerify(jws.trim(), createLocalJWKSet(jwks), { algorithms: [ALGORITHM] });
  } catch (error) {
    throw new VerificationError(`the signature does not verify: ${(error as Error).message}`, { cause: error });
  }
  const text = new TextDecoder().decode(verified.payload);
  try {
    return { snapshot: parseSnapshot(text), kid: verified.protectedHeader.kid };
  } catch (error) {
    throw new VerificationError(
      `the signature verifies, but the payload is not a status snapshot: ${(error as Error).message}`,
      { cause: error },
    );
  }
}
