/** The anchor the reader is looking at: the URL's, or else the last heading scrolled past. */
function currentAnchor(): string {
  if (window.location.hash) return window.location.hash;
  const targets = Array.from(document.querySelectorAll<HTMLElement>("main [id]:is(section, h2, h3, h4)"));
  const last = targets.filter((el) => el.getBoundingClientRect().top < 120).at(-1);
  return last ? `#${last.id}` : "";
}

/** The language switch keeps the reader on the same section; ids are the same in both languages. */
export function enableLanguageSwitch() {
  document.addEventListener("click", (event) => {
    const link = (event.target as Element | null)?.closest<HTMLAnchorElement>("a[data-language-switch]");
    if (!link || event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    // eslint-disable-next-line @next/next/no-location-assign-relative-destination -- reading pages have no Next router: a page load is the navigation
    window.location.assign(`${link.getAttribute("href") ?? "/"}${currentAnchor()}`);
  });
}
