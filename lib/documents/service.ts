import "server-only";
import { createHmac } from "node:crypto";
import { env } from "@/lib/env";
import { getMailer } from "@/lib/mail/service";
import { secret } from "@/lib/secrets";
import { site } from "@/lib/site/site";
import { SharedRateLimiter } from "@/lib/store/rate-limit";
import { getStore } from "@/lib/store/server";
import { documentInfo, ndaInfo } from "./catalog";
import type { DocumentsDeps } from "./types";

let deps: (DocumentsDeps & { documentsDir: string }) | undefined;

/** The server's one wiring of the flow, made on the first request (never at build). */
export function documentsDeps(): DocumentsDeps & { documentsDir: string } {
  if (deps) return deps;
  const limiter = (scope: string, perMinute: number, burst: number) =>
    new SharedRateLimiter(getStore, { scope, perMinute, burst });
  const perAddressHour = env.DOCUMENTS_REQUESTS_PER_ADDRESS_HOUR;
  deps = {
    store: getStore,
    mailer: getMailer(),
    rules: { allow: env.DOCUMENTS_ALLOW_DOMAINS, block: env.DOCUMENTS_BLOCK_DOMAINS },
    approvers: env.DOCUMENTS_APPROVERS,
    grantDays: env.DOCUMENTS_GRANT_DAYS,
    siteUrl: site.baseUrl,
    document: documentInfo,
    nda: ndaInfo,
    limits: {
      requestsPerClient: limiter(
        "documents-requests",
        env.DOCUMENTS_REQUESTS_PER_MINUTE,
        env.DOCUMENTS_REQUESTS_PER_MINUTE,
      ),
      requestsPerAddress: limiter("documents-address", perAddressHour / 60, perAddressHour),
      downloadsPerClient: limiter(
        "documents-downloads",
        env.DOCUMENTS_DOWNLOADS_PER_MINUTE,
        env.DOCUMENTS_DOWNLOADS_PER_MINUTE,
      ),
      downloadsPerViewer: limiter(
        "documents-viewer",
        env.DOCUMENTS_DOWNLOADS_PER_MINUTE,
        env.DOCUMENTS_DOWNLOADS_PER_MINUTE,
      ),
    },
    // Keyed, so the rate-limit table cannot be read back into addresses.
    addressKey: (email) => createHmac("sha256", secret("SESSION_KEY")).update(`address:${email}`).digest("base64url"),
    documentsDir: env.DOCUMENTS_DIR,
  };
  return deps;
}

export const sessionKey = () => secret("SESSION_KEY");
