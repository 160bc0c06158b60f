import { calculateJwkThumbprint, exportJWK, importJWK, importPKCS8, type JWK } from "jose";

// STATUS_SIGNING_KEY: an Ed25519 private key, either PKCS#8 PEM (what
// `openssl genpkey -algorithm ed25519` prints; newlines may be written as \n in an env file)
// or a private JWK as JSON ({"kty":"OKP","crv":"Ed25519","d":…,"x":…}). Only jose reads it.

export const ALGORITHM = "EdDSA";

export class SigningKeyError extends Error {
  override name = "SigningKeyError";
}

export type SigningKey = { privateKey: CryptoKey; publicJwk: JWK & { kid: string } };

export async function readSigningKey(text: string): Promise<SigningKey> {
  const value = text.trim().replace(/\\n/g, "\n");
  let privateKey: CryptoKey;
  try {
    if (value.startsWith("{")) {
      const jwk = JSON.parse(value) as JWK;
      if (jwk.kty !== "OKP" || jwk.crv !== "Ed25519" || !jwk.d)
        throw new SigningKeyError("the JWK is not an Ed25519 private key (kty OKP, crv Ed25519, with d)");
      privateKey = (await importJWK(jwk, ALGORITHM, { extractable: true })) as CryptoKey;
    } else {
      privateKey = await importPKCS8(value, ALGORITHM, { extractable: true });
    }
  } catch (error) {
    throw new SigningKeyError(
      `STATUS_SIGNING_KEY is not an Ed25519 private key (PKCS#8 PEM or JWK): ${(error as Error).message}`,
      { cause: error },
    );
  }
  // The public half only: x, never d.
  const { kty, crv, x } = await exportJWK(privateKey);
  const publicJwk = { kty, crv, x } as JWK;
  return {
    privateKey,
    publicJwk: { ...publicJwk, kid: await calculateJwkThumbprint(publicJwk), alg: ALGORITHM, use: "sig" },
  };
}
