"use client";

import { useEffect } from "react";

/**
 * Static pages outlive their data. Once a snapshot's expiry has passed, every status line on
 * the page shows "stale" instead of what it said, checked on load and every minute after.
 */
export function StaleGuard() {
  useEffect(() => {
    const check = () => {
      for (const line of document.querySelectorAll<HTMLElement>("[data-status-expires]")) {
        const expired = Date.now() > Date.parse(line.dataset.statusExpires ?? "");
        line.querySelector<HTMLElement>("[data-live]")?.toggleAttribute("hidden", expired);
        line.querySelector<HTMLElement>("[data-stale-note]")?.toggleAttribute("hidden", !expired);
      }
    };
    check();
    const timer = window.setInterval(check, 60_000);
    return () => window.clearInterval(timer);
  }, []);
  return null;
}
