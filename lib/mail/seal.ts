import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

// A queued message holds a working link until it is sent. Sealed with a key that is not in the
// database (derived from a secret in the environment), a copy of the database opens nothing.

export type SealKey = { readonly key: Buffer };

/** A 256-bit key for one purpose, derived from a secret (HKDF-SHA-256). */
export function sealKey(secret: string, purpose: string): SealKey {
  return { key: Buffer.from(hkdfSync("sha256", secret, "trust-center", purpose, 32)) };
}

export function seal({ key }: SealKey, plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final(), cipher.getAuthTag()]);
  return `v1.${iv.toString("base64url")}.${body.toString("base64url")}`;
}

/** Throws when the text was sealed with another key or altered. */
export function unseal({ key }: SealKey, sealed: string): string {
  const [version, iv, body] = sealed.split(".");
  if (version !== "v1" || !iv || !body) throw new Error("not a sealed message");
  const bytes = Buffer.from(body, "base64url");
  const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
  decipher.setAuthTag(bytes.subarray(bytes.length - 16));
  return Buffer.concat([decipher.update(bytes.subarray(0, bytes.length - 16)), decipher.final()]).toString("utf8");
}
