/**
 * /changes: the page lists every change and shows the last 12 months without JavaScript. Here
 * the reader picks another start day; it is kept in the address (?since=) so it can be shared.
 */
export function enableChangesFilter() {
  const form = document.querySelector<HTMLFormElement>("form[data-changes-filter]");
  const input = form?.querySelector<HTMLInputElement>('input[name="since"]');
  if (!form || !input) return;
  const apply = (since: string) => {
    let shown = 0;
    for (const item of document.querySelectorAll<HTMLElement>("[data-date]")) {
      const hide = (item.dataset.date ?? "") < since;
      item.hidden = hide;
      if (!hide) shown += 1;
    }
    document.querySelector<HTMLElement>("[data-changes-none]")?.toggleAttribute("hidden", shown > 0);
    document
      .querySelector<HTMLElement>("[data-changes-default]")
      ?.toggleAttribute("hidden", since !== input.defaultValue);
  };
  const requested = new URLSearchParams(window.location.search).get("since");
  if (requested && /^\d{4}-\d{2}-\d{2}$/.test(requested)) input.value = requested;
  apply(input.value || input.defaultValue);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const since = input.value || input.defaultValue;
    apply(since);
    const url = new URL(window.location.href);
    url.searchParams.set("since", since);
    window.history.replaceState(null, "", url);
  });
}
