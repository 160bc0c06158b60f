import { ANCHOR_REDIRECTS_ID, type AnchorRedirectData } from "@/lib/islands/anchor-redirect-data";

export type AnchorRedirectProps = AnchorRedirectData;

/** Hands the page's renamed anchors to lib/islands/anchor-redirect.ts, which follows them. */
export function AnchorRedirect(props: AnchorRedirectProps) {
  // JSON data, not a script: the browser never runs it, and "<" is escaped so it cannot end early.
  const json = JSON.stringify(props).replace(/</g, "\\u003c");
  return <script type="application/json" id={ANCHOR_REDIRECTS_ID} dangerouslySetInnerHTML={{ __html: json }} />;
}
