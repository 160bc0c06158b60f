import { ANCHOR_REDIRECTS_ID, type AnchorRedirectData } from "@/lib/islands/anchor-redirect-data";
import { JsonScript } from "./json-ld";

export type AnchorRedirectProps = AnchorRedirectData;

/** Hands the page's renamed anchors to lib/islands/anchor-redirect.ts, which follows them. */
export function AnchorRedirect(props: AnchorRedirectProps) {
  return <JsonScript id={ANCHOR_REDIRECTS_ID} data={props} />;
}
