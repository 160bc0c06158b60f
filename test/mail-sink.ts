// A real SMTP server in process (smtp-server), parsing what arrives with a MIME parser of its own
// (mailparser), for the mail layer's tests, the gated-documents e2e suite and the bench.
// `down()` makes it answer every message "421 service not available", as a relay that is down.
import type { AddressInfo } from "node:net";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export type ReceivedMail = {
  to: string[];
  from: string;
  subject: string;
  text: string;
  messageId: string;
  headers: Record<string, string>;
  at: number;
};

export type MailSink = {
  port: number;
  url: string;
  received: ReceivedMail[];
  /** Refuse every message with a 421 until `up()`; `count` refusals only, when given. */
  down(count?: number): void;
  up(): void;
  /** Resolves with the first message (already here or arriving within `timeoutMs`) that matches. */
  waitFor(match: (mail: ReceivedMail) => boolean, timeoutMs?: number): Promise<ReceivedMail>;
  close(): Promise<void>;
};

export async function startMailSink(port = 0): Promise<MailSink> {
  const received: ReceivedMail[] = [];
  const waiters = new Set<() => void>();
  let refusals = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    size: 20 * 1024 * 1024,
    onMailFrom(_address, _session, callback) {
      if (refusals > 0) {
        refusals--;
        const error = Object.assign(new Error("Service not available, try again later"), { responseCode: 421 });
        return callback(error);
      }
      callback();
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const headers: Record<string, string> = {};
          for (const [name, value] of parsed.headers)
            headers[name] = typeof value === "string" ? value : JSON.stringify(value);
          received.push({
            to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
            subject: parsed.subject ?? "",
            text: parsed.text ?? "",
            messageId: parsed.messageId ?? "",
            headers,
            at: Date.now(),
          });
          for (const wake of waiters) wake();
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const actual = (server.server.address() as AddressInfo).port;
  return {
    port: actual,
    url: `smtp://127.0.0.1:${actual}`,
    received,
    down: (count = Number.POSITIVE_INFINITY) => {
      refusals = count;
    },
    up: () => {
      refusals = 0;
    },
    waitFor(match, timeoutMs = 20_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = received.find(match);
          if (!found) return false;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(found);
          return true;
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no matching mail within ${timeoutMs} ms (${received.length} received)`));
        }, timeoutMs);
        if (!check()) waiters.add(check);
      });
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The links of a message's text that start with `prefix`. */
export function linksIn(mail: ReceivedMail, prefix: string): string[] {
  return Array.from(mail.text.matchAll(/https?:\/\/[^\s<>"]+/g), (m) => m[0]).filter((link) => link.startsWith(prefix));
}
