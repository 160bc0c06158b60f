import { randomBytes } from "node:crypto";
import type { Kysely } from "kysely";
import { toStoreError } from "@/lib/store/errors";
import { claim, complete, release } from "@/lib/store/ledger";
import type { Store } from "@/lib/store/open";
import type { Database } from "@/lib/store/schema";
import { MailError, type MailMessage } from "./message";
import { seal, unseal, type SealKey } from "./seal";
import type { MailTransport } from "./transport";

export type MailerOptions = {
  store: () => Promise<Store>;
  transport: MailTransport;
  key: SealKey;
  /** The From of every message, e.g. "Example Trust Center <trust@example.com>". */
  from: string;
  /** The first retry waits this long; each further one twice as long, up to an hour. */
  retryMs: number;
  now?: () => number;
  log?: (line: string) => void;
};

/** One message of a feature, once per (topic, key): e.g. ("verify", request id), ("update:42", subscriber id). */
export type MailItem = { topic: string; key: string; message: MailMessage };

export type Delivery = "sent" | "waiting" | "failed" | "skipped";

const LEDGER_TOPIC = "mail";
const HOUR = 3_600_000;

/**
 * The mail layer. A message is first queued in the store (`mail_outbox`), in the same
 * transaction as whatever it announces, so a request that is kept always has its mail kept too.
 * Sending claims the message in the store's ledger first: of two processes (or a send and the
 * retry pass) only one sends it, and a message marked sent is never sent again. A relay that is
 * down leaves the message waiting; the retry pass sends it later. A crash between handing a
 * message to the relay and marking it sent leaves its claim unfinished: it is not sent again
 * (at most once), and `stuck()` lists it.
 */
export class Mailer {
  private readonly now: () => number;
  private readonly log: (line: string) => void;
  private readonly domain: string;

  constructor(private readonly options: MailerOptions) {
    this.now = options.now ?? Date.now;
    this.log = options.log ?? ((line) => console.log(line));
    this.domain = /@([^>\s]+)>?\s*$/.exec(options.from)?.[1] ?? "localhost";
  }

  get describe(): string {
    return this.options.transport.describe;
  }

  /**
   * Queues a message in `db` (pass a transaction to commit it with the feature's own rows).
   * Returns its id, or undefined when (topic, key) was queued before: nothing is queued twice.
   */
  async enqueue(db: Kysely<Database>, item: MailItem): Promise<string | undefined> {
    const id = randomBytes(12).toString("base64url");
    const now = this.now();
    try {
      const result = await db
        .insertInto("mail_outbox")
        .values({
          id,
          topic: item.topic,
          key: item.key,
          created_ms: now,
          next_attempt_ms: now,
          attempts: 0,
          sent_ms: null,
          failed_ms: null,
          last_error: null,
          sealed: seal(this.options.key, JSON.stringify(item.message)),
        })
        .onConflict((oc) => oc.columns(["topic", "key"]).doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0) === 1 ? id : undefined;
    } catch (error) {
      throw toStoreError(error, "queueing a message");
    }
  }

  /** Queues and tries to send at once. A relay that is down is not an error: the message waits. */
  async send(item: MailItem): Promise<Delivery> {
    const store = await this.options.store();
    const id = await this.enqueue(store.db, item);
    return id ? this.deliver(id) : "skipped";
  }

  /** Tries one queued message now. Store errors are thrown (the caller answers 503); mail errors are not. */
  async deliver(id: string): Promise<Delivery> {
    const store = await this.options.store();
    const row = await store.db
      .selectFrom("mail_outbox")
      .select(["sealed", "attempts"])
      .where("id", "=", id)
      .where("sent_ms", "is", null)
      .where("failed_ms", "is", null)
      .executeTakeFirst();
    if (!row?.sealed || !(await claim(store, LEDGER_TOPIC, id, this.now()))) return "skipped";
    let message: MailMessage;
    try {
      message = JSON.parse(unseal(this.options.key, row.sealed)) as MailMessage;
    } catch {
      // Sealed with another key (TOKEN_SIGNING_KEY was changed): it can never be read again.
      await this.finish(store, id, { failed_ms: this.now(), last_error: "ESEAL", sealed: null });
      this.log(`mail: message ${id} cannot be opened with the current key; dropped`);
      return "failed";
    }
    try {
      await this.options.transport.send({ ...message, from: this.options.from, messageId: `<${id}@${this.domain}>` });
    } catch (error) {
      const mailError = error instanceof MailError ? error : new MailError("temporary", "EUNKNOWN", { cause: error });
      const attempts = row.attempts + 1;
      if (mailError.kind === "permanent") {
        await this.finish(store, id, { attempts, failed_ms: this.now(), last_error: mailError.code, sealed: null });
        this.log(`mail: message ${id} refused by ${this.describe} (${mailError.code}); not retried`);
        return "failed";
      }
      const wait = Math.min(this.options.retryMs * 2 ** (attempts - 1), Math.max(HOUR, this.options.retryMs));
      await store.db
        .updateTable("mail_outbox")
        .set({ attempts, next_attempt_ms: this.now() + wait, last_error: mailError.code })
        .where("id", "=", id)
        .execute();
      await release(store, LEDGER_TOPIC, id);
      this.log(
        `mail: ${this.describe} unavailable (${mailError.code}); message ${id} kept, next try in ${Math.round(wait / 1000)} s`,
      );
      return "waiting";
    }
    await this.finish(store, id, { attempts: row.attempts + 1, sent_ms: this.now(), last_error: null, sealed: null });
    return "sent";
  }

  private async finish(
    store: Store,
    id: string,
    set: { attempts?: number; sent_ms?: number; failed_ms?: number; last_error: string | null; sealed: null },
  ): Promise<void> {
    await store.db.updateTable("mail_outbox").set(set).where("id", "=", id).execute();
    await complete(store, LEDGER_TOPIC, id, this.now());
  }

  /** The retry pass: every message whose time has come, oldest first. */
  async deliverDue(limit = 100): Promise<Record<Delivery, number>> {
    const counts: Record<Delivery, number> = { sent: 0, waiting: 0, failed: 0, skipped: 0 };
    const store = await this.options.store();
    const due = await store.db
      .selectFrom("mail_outbox")
      .select("id")
      .where("sent_ms", "is", null)
      .where("failed_ms", "is", null)
      .where("next_attempt_ms", "<=", this.now())
      .orderBy("next_attempt_ms")
      .limit(limit)
      .execute();
    for (const { id } of due) {
      const result = await this.deliver(id);
      counts[result]++;
      // The relay is down: the rest would fail the same way; they wait for the next pass.
      if (result === "waiting") break;
    }
    return counts;
  }

  /** Messages waiting to be sent, and those whose claim a crash left unfinished (sent or not, unknown). */
  async pending(): Promise<{ waiting: number; stuck: number }> {
    const store = await this.options.store();
    const waiting = await store.db
      .selectFrom("mail_outbox")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("sent_ms", "is", null)
      .where("failed_ms", "is", null)
      .executeTakeFirstOrThrow();
    const stuck = await store.db
      .selectFrom("mail_outbox")
      .innerJoin("ledger", (join) =>
        join.onRef("ledger.key", "=", "mail_outbox.id").on("ledger.topic", "=", LEDGER_TOPIC),
      )
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("mail_outbox.sent_ms", "is", null)
      .where("ledger.done_ms", "is", null)
      .where("ledger.claimed_ms", "<", this.now() - 10 * 60_000)
      .executeTakeFirstOrThrow();
    return { waiting: Number(waiting.n), stuck: Number(stuck.n) };
  }

  /** Runs the retry pass every `retryMs` until stopped; a pass that fails (database down) is logged and retried. */
  start(): () => void {
    let running = false;
    const timer = setInterval(() => {
      if (running) return;
      running = true;
      this.deliverDue()
        .catch((error: unknown) =>
          this.log(
            `mail: retry pass failed (${toStoreError(error, "mail").code}); next pass in ${Math.round(this.options.retryMs / 1000)} s`,
          ),
        )
        .finally(() => {
          running = false;
        });
    }, this.options.retryMs);
    timer.unref();
    return () => clearInterval(timer);
  }
}
