import { mkdir, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import nodemailer from "nodemailer";
import { MailError, type OutgoingMail } from "./message";

export type MailTransport = {
  /** Where mail goes, for logs: the relay's host, or the outbox folder. Never a password. */
  readonly describe: string;
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
};

// nodemailer's error codes for the envelope or message refused; with a 5xx reply that is final.
const REFUSED = new Set(["EENVELOPE", "EMESSAGE"]);

function classify(error: unknown): MailError {
  const { code, responseCode } = (error ?? {}) as { code?: unknown; responseCode?: unknown };
  const name = typeof code === "string" ? code : "EUNKNOWN";
  const permanent = typeof responseCode === "number" && responseCode >= 500 && REFUSED.has(name);
  return new MailError(
    permanent ? "permanent" : "temporary",
    typeof responseCode === "number" ? `${name} ${responseCode}` : name,
    { cause: error },
  );
}

const envelope = (mail: OutgoingMail) => ({
  from: mail.from,
  to: mail.to,
  subject: mail.subject,
  text: mail.text,
  headers: mail.headers,
  messageId: mail.messageId,
});

/** SMTP through a relay (smtp:// or smtps:// URL), with short timeouts: a dead relay fails fast and the message waits. */
export function smtpTransport(url: string): MailTransport {
  const transporter = nodemailer.createTransport(url, {
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  } as never);
  const { hostname, port } = new URL(url);
  return {
    describe: `SMTP ${hostname}${port ? `:${port}` : ""}`,
    async send(mail) {
      try {
        await transporter.sendMail(envelope(mail));
      } catch (error) {
        throw classify(error);
      }
    },
    close: () => transporter.close(),
  };
}

/**
 * No relay configured (the demo): each message becomes an .eml file in `dir`, written beside and
 * renamed, so a reader of the folder never sees half a message. The file name holds no address.
 */
export function outboxTransport(dir: string): MailTransport {
  const transporter = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  return {
    describe: `outbox ${dir}`,
    async send(mail) {
      const info = (await transporter.sendMail(envelope(mail))) as { message: Buffer };
      await mkdir(dir, { recursive: true });
      const name = `${new Date().toISOString().replace(/[:.]/g, "-")}-${mail.messageId.replace(/[^\w.-]/g, "").slice(0, 40)}.eml`;
      const file = path.join(dir, name);
      await writeFile(`${file}.part`, info.message);
      await rename(`${file}.part`, file);
    },
    close: () => transporter.close(),
  };
}
