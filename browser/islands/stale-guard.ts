/**
 * Static pages outlive their data. Once a snapshot's expiry has passed, every status line on the
 * page shows "stale" instead of what it said, checked on load and every minute after.
 */
export function guardStaleStatus() {
  const check = () => {
    for (const line of document.querySelectorAll<HTMLElement>("[data-status-expires]")) {
      const expired = Date.now() > Date.parse(line.dataset.statusExpires ?? "");
      line.querySelector<HTMLElement>("[data-live]")?.toggleAttribute("hidden", expired);
      line.querySelector<HTMLElement>("[data-stale-note]")?.toggleAttribute("hidden", !expired);
    }
  };
  if (!document.querySelector("[data-status-expires]")) return;
  check();
  window.setInterval(check, 60_000);
}
