import { randomBytes } from "node:crypto";
import { toStoreError } from "@/lib/store/errors";
import type { Store } from "@/lib/store/open";
import type { Locale } from "@/lib/i18n/locales";
import type { UpdateKind } from "@/lib/updates/kinds";

// Subscriber rows. States: pending (no confirmed link yet), confirmed, unsubscribed.
export type SubscriberRow = {
  id: string;
  address_sealed: string;
  locale: Locale;
  kinds: UpdateKind[];
  state: "pending" | "confirmed" | "unsubscribed";
  confirmed_ms: number | null;
};

const newId = () => randomBytes(12).toString("base64url");

type Raw = {
  id: string;
  address_sealed: string;
  locale: string;
  kinds: string;
  state: string;
  confirmed_ms: number | null;
};
const parse = (row: Raw): SubscriberRow => ({
  ...row,
  locale: row.locale as Locale,
  kinds: JSON.parse(row.kinds) as UpdateKind[],
  state: row.state as SubscriberRow["state"],
});

/**
 * The subscriber of an address hash, made (pending) when there is none. Known and unknown
 * addresses take the same statements, so neither the answer nor its timing tells them apart.
 */
export async function upsertSubscriber(
  store: Store,
  input: { hash: string; sealed: string; locale: Locale; kinds: UpdateKind[]; now: number },
): Promise<string> {
  const id = newId();
  try {
    const inserted = await store.db
      .insertInto("subscribers")
      .values({
        id,
        address_hash: input.hash,
        address_sealed: input.sealed,
        locale: input.locale,
        kinds: JSON.stringify(input.kinds),
        state: "pending",
        created_ms: input.now,
        confirmed_ms: null,
      })
      .onConflict((oc) => oc.column("address_hash").doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1) return id;
    const row = await store.db
      .selectFrom("subscribers")
      .select(["id"])
      .where("address_hash", "=", input.hash)
      .executeTakeFirstOrThrow();
    return row.id;
  } catch (error) {
    throw toStoreError(error, "saving a subscriber");
  }
}

/** Confirms with the kinds and language chosen in the request that the link confirms. */
export async function confirmSubscriber(
  store: Store,
  id: string,
  choice: { kinds: UpdateKind[]; locale: Locale },
  now: number,
): Promise<boolean> {
  try {
    const row = await store.db
      .updateTable("subscribers")
      .set({ state: "confirmed", kinds: JSON.stringify(choice.kinds), locale: choice.locale, confirmed_ms: now })
      .where("id", "=", id)
      .returning("id")
      .executeTakeFirst();
    return row !== undefined;
  } catch (error) {
    throw toStoreError(error, "confirming a subscriber");
  }
}

/** One-click unsubscribe (the caller has checked the link's token). */
export async function unsubscribe(store: Store, id: string): Promise<boolean> {
  try {
    const row = await store.db
      .updateTable("subscribers")
      .set({ state: "unsubscribed" })
      .where("id", "=", id)
      .returning("id")
      .executeTakeFirst();
    return row !== undefined;
  } catch (error) {
    throw toStoreError(error, "unsubscribing");
  }
}

export async function confirmedSubscribers(store: Store): Promise<SubscriberRow[]> {
  try {
    const rows = await store.db
      .selectFrom("subscribers")
      .select(["id", "address_sealed", "locale", "kinds", "state", "confirmed_ms"])
      .where("state", "=", "confirmed")
      .execute();
    return rows.map(parse);
  } catch (error) {
    throw toStoreError(error, "reading subscribers");
  }
}

/** When the server first saw each update (recorded now for those it had not): its publication. */
export async function publicationTimes(store: Store, ids: string[], now: number): Promise<Map<string, number>> {
  try {
    if (ids.length > 0) {
      await store.db
        .insertInto("update_publications")
        .values(ids.map((update_id) => ({ update_id, first_seen_ms: now })))
        .onConflict((oc) => oc.column("update_id").doNothing())
        .execute();
    }
    const rows = await store.db.selectFrom("update_publications").select(["update_id", "first_seen_ms"]).execute();
    return new Map(rows.map((r) => [r.update_id, r.first_seen_ms]));
  } catch (error) {
    throw toStoreError(error, "recording publications");
  }
}
