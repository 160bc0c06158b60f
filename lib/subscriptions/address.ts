import { createHmac } from "node:crypto";

// Addresses as typed by readers: trimmed and lower-cased (mailbox names are case-insensitive in
// practice), checked loosely (the confirmation mail is the real check), hashed with a key for
// lookup so the database holds no address in the clear.
export const MAX_ADDRESS_LENGTH = 254;

export function normalizeAddress(input: string): string | undefined {
  const address = input.trim().toLowerCase();
  if (address.length < 3 || address.length > MAX_ADDRESS_LENGTH) return undefined;
  // One @, something on each side, a dot in the domain, no spaces, controls or header breaks.
  if (
    !/^[^\s@<>()[\]\\,;:"\u0000-\u001f\u007f]+@[^\s@<>()[\]\\,;:"\u0000-\u001f\u007f]+\.[^\s@<>()[\]\\,;:"\u0000-\u001f\u007f]+$/.test(
      address,
    )
  )
    return undefined;
  return address;
}

export function addressHash(key: string, address: string): string {
  return createHmac("sha256", key).update(address, "utf8").digest("hex");
}
