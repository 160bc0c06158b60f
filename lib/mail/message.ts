/** One message, as the features write it: plain text only, so nothing in it can run or track. */
export type MailMessage = {
  to: string;
  subject: string;
  text: string;
  /** Extra headers, e.g. List-Unsubscribe and List-Unsubscribe-Post (RFC 8058) for a subscription. */
  headers?: Record<string, string>;
};

/** What a transport sends: the message with its sender and a Message-ID of our own. */
export type OutgoingMail = MailMessage & { from: string; messageId: string };

/**
 * Why a message did not go out. `temporary`: the relay is down, refused for now (4xx), or the
 * login failed (the operator fixes it): kept and retried. `permanent`: the relay rejected the
 * recipient or the message for good (5xx): retrying cannot help.
 */
export class MailError extends Error {
  override readonly name = "MailError";
  constructor(
    readonly kind: "temporary" | "permanent",
    readonly code: string,
    options?: { cause?: unknown },
  ) {
    super(`mail not sent (${kind}: ${code})`, options);
  }
}
