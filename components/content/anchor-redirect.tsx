"use client";

import { useEffect } from "react";

export type AnchorRedirectProps = {
  /** old anchor -> where it lives now */
  redirects: Record<string, { section: string; anchor: string }>;
  /** the section shown on this page, or undefined on the one-page whitepaper */
  section?: string;
  /** path of a section's page, with ":id" for the section id */
  sectionPathPattern: string;
};

/** Fragments never reach the server, so renamed anchors are redirected here, in the browser. */
export function AnchorRedirect({ redirects, section, sectionPathPattern }: AnchorRedirectProps) {
  useEffect(() => {
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
    return () => window.removeEventListener("hashchange", follow);
  }, [redirects, section, sectionPathPattern]);
  return null;
}
