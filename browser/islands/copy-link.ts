async function copyText(text: string) {
  if (navigator.clipboard && window.isSecureContext) return navigator.clipboard.writeText(text);
  // Plain-http previews have no Clipboard API; a selected textarea still copies there.
  const area = Object.assign(document.createElement("textarea"), { value: text });
  document.body.append(area);
  area.select();
  document.execCommand("copy");
  area.remove();
}

/** Copy-link buttons beside headings copy the heading's absolute URL, for pasting into an email. */
export function enableCopyLinks() {
  document.addEventListener("click", async (event) => {
    const button = (event.target as Element | null)?.closest<HTMLButtonElement>("button[data-copy-link]");
    if (!button) return;
    const id = button.dataset.copyLink ?? "";
    await copyText(`${window.location.origin}${window.location.pathname}#${id}`);
    window.history.replaceState(null, "", `#${id}`);
    const status = button.parentElement?.querySelector<HTMLElement>("[data-copy-status]");
    const shown = button.parentElement?.querySelector<HTMLElement>("[data-copied]");
    if (status) status.textContent = shown?.textContent ?? "";
    shown?.removeAttribute("hidden");
    window.setTimeout(() => {
      if (status) status.textContent = "";
      shown?.setAttribute("hidden", "");
    }, 2000);
  });
}
