import { ANCHOR_REDIRECTS_ID, type AnchorRedirectData } from "./anchor-redirect-data";

/** Fragments never reach the server, so renamed anchors are redirected here, in the browser. */
export function followAnchorRedirects() {
  const element = document.getElementById(ANCHOR_REDIRECTS_ID);
  if (!element?.textContent) return;
  const { redirects, section, sectionPathPattern } = JSON.parse(element.textContent) as AnchorRedirectData;
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
