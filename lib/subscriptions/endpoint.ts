/**
 * Where the subscription form posts: this server's API, or for a static export the server
 * deployment named by NEXT_PUBLIC_SUBSCRIBE_URL (next.config.js sets it); empty: no form.
 */
export function subscribeEndpoint(): string {
  return process.env.NEXT_PUBLIC_SUBSCRIBE_ENDPOINT ?? "";
}
