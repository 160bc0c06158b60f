import { ANCHOR_REDIRECTS_ID, type AnchorRedirectData } from "@/browser/contract/anchor-redirect-data";
import { readJsonData } from "./json-data";

/** Fragments never reach the server, so renamed anchors are redirected here, in the browser. */
export function followAnchorRedirects() {
  const data = readJsonData<AnchorRedirectData>(ANCHOR_REDIRECTS_ID);
  if (!data) return;
  const { redirects, section, sectionPathPattern } = data;
  const follow = () => {
    const target = redirects[decodeURIComponent(window.location.hash.slice(1))];
    if (!target) return;
    if (section && target.section !== section) {
      window.location.replace(`${sectionPathPattern.replace(":id", target.section)}#${target.anchor}`);
      return;
    }
    window.location.replace(`#${target.anchor}`);
  };
  follow();
  window.addEventListener("hashchange", follow);
}
