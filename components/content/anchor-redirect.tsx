import { ANCHOR_REDIRECTS_ID, type AnchorRedirectData } from "@/browser/contract/anchor-redirect-data";
import { JsonScript } from "./json-ld";

export type AnchorRedirectProps = AnchorRedirectData;

/** Hands the page's renamed anchors to browser/islands/anchor-redirect.ts, which follows them. */
export function AnchorRedirect(props: AnchorRedirectProps) {
  return <JsonScript id={ANCHOR_REDIRECTS_ID} data={props} />;
}
