import { isLocale, type Locale } from "@/lib/i18n/locales";
import { isUpdateKind, type UpdateKind } from "@/lib/updates/kinds";
import { normalizeAddress } from "./address";

export const MAX_BODY_BYTES = 2048;

export type SubscribeRequest = { address: string; kinds: UpdateKind[]; locale: Locale };

/**
 * The form's fields (application/x-www-form-urlencoded, as a plain HTML form posts them, or
 * JSON): `address`, one `kind` per kind chosen, `locale`. Undefined when anything is off.
 */
export function parseSubscribeRequest(text: string, type: string): SubscribeRequest | undefined {
  let address: unknown;
  let kinds: unknown[];
  let locale: unknown;
  if (/^application\/json\s*(;|$)/i.test(type)) {
    try {
      const body = JSON.parse(text) as { address?: unknown; kinds?: unknown; locale?: unknown };
      [address, kinds, locale] = [body.address, Array.isArray(body.kinds) ? body.kinds : [], body.locale];
    } catch {
      return undefined;
    }
  } else if (/^application\/x-www-form-urlencoded\s*(;|$)/i.test(type)) {
    const form = new URLSearchParams(text);
    [address, kinds, locale] = [form.get("address"), form.getAll("kind"), form.get("locale") ?? "en"];
  } else {
    return undefined;
  }
  const normalized = typeof address === "string" ? normalizeAddress(address) : undefined;
  const chosen = [...new Set(kinds.filter((k): k is UpdateKind => typeof k === "string" && isUpdateKind(k)))];
  if (
    !normalized ||
    chosen.length === 0 ||
    chosen.length !== kinds.length ||
    typeof locale !== "string" ||
    !isLocale(locale)
  )
    return undefined;
  return { address: normalized, kinds: chosen, locale };
}
