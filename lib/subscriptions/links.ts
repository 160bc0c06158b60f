import { createHmac, timingSafeEqual } from "node:crypto";

// The unsubscribe link of a subscriber: its id and a keyed hash of it, so every message can
// carry a working link without the database holding one, and no one can make another's.
export function unsubscribeToken(key: string, id: string): string {
  return createHmac("sha256", key).update(`unsubscribe:${id}`, "utf8").digest("base64url");
}

export function checkUnsubscribeToken(key: string, id: string, token: string): boolean {
  const want = Buffer.from(unsubscribeToken(key, id));
  const got = Buffer.from(token);
  return want.length === got.length && timingSafeEqual(want, got);
}

export const SUBSCRIBE_API = "/api/subscribe";
export const CONFIRM_API = "/api/subscribe/confirm";
export const UNSUBSCRIBE_API = "/api/subscribe/unsubscribe";
