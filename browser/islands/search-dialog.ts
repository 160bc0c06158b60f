import MiniSearch from "minisearch";
import type { Locale } from "@/lib/i18n/locales";
import { localeJsonUrl } from "@/lib/locale-json";
import { searchIndexOptions } from "@/lib/search/index-options";
import { passage } from "@/lib/search/passage";

/** The dialog's words, in the page's language: the server writes them on the search button. */
export type SearchText = { label: string; placeholder: string; none: string; loading: string; close: string };
const MAX_RESULTS = 8;

/** One index per language per page view, fetched the first time the dialog opens. */
const indexes = new Map<Locale, Promise<MiniSearch>>();
function loadIndex(locale: Locale): Promise<MiniSearch> {
  let index = indexes.get(locale);
  if (!index) {
    index = fetch(localeJsonUrl("search-index", locale))
      .then((r) => r.text())
      .then((json) => MiniSearch.loadJSON(json, searchIndexOptions))
      .catch(() => new MiniSearch(searchIndexOptions));
    indexes.set(locale, index);
  }
  return index;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.append(...children);
  return node;
}

function resultItem(
  result: { url: string; context: string; title: string; text: string },
  query: string,
  close: () => void,
) {
  const link = element(
    "a",
    "block rounded-md p-2 hover:bg-slate-100 dark:hover:bg-slate-800",
    element("span", "text-xs text-slate-600 dark:text-slate-400", result.context),
    element("span", "block font-medium", result.title),
    element("span", "block text-sm text-slate-700 dark:text-slate-300", passage(result.text, query)),
  );
  link.href = result.url;
  link.addEventListener("click", close);
  return element("li", "", link);
}

/** The search dialog: a modal with a search box and up to eight results, each a deep link. */
export function openSearch(locale: Locale, t: SearchText) {
  const input = element(
    "input",
    "w-full rounded-md border border-slate-300 bg-white px-3 py-2 dark:border-slate-600 dark:bg-slate-950",
  );
  Object.assign(input, { type: "search", placeholder: t.placeholder });
  input.setAttribute("aria-label", t.label);
  const closeButton = element("button", "rounded px-2 py-1 text-sm underline", t.close);
  closeButton.type = "button";
  const message = element("p", "", t.loading);
  const list = element("ul", "space-y-3");
  const results = element("div", "max-h-[60vh] overflow-y-auto p-3", message, list);
  results.setAttribute("aria-live", "polite");
  const dialog = element(
    "dialog",
    "m-auto w-[min(40rem,calc(100vw-2rem))] rounded-lg bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-900/50 dark:bg-slate-900 dark:text-slate-100",
    element("div", "flex items-center gap-2 border-b border-slate-200 p-3 dark:border-slate-700", input, closeButton),
    results,
  );
  dialog.dataset.searchDialog = "";
  dialog.setAttribute("aria-label", t.label);
  const close = () => dialog.close();
  closeButton.addEventListener("click", close);
  dialog.addEventListener("close", () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
  input.focus();

  let index: MiniSearch | undefined;
  const render = () => {
    const query = input.value.trim();
    const found = index && query ? index.search(query).slice(0, MAX_RESULTS) : [];
    message.textContent = !index ? t.loading : query && found.length === 0 ? t.none : "";
    message.hidden = !message.textContent;
    list.replaceChildren(
      ...found.map((r) =>
        resultItem(
          { url: String(r.url), context: String(r.context), title: String(r.title), text: String(r.text) },
          query,
          close,
        ),
      ),
    );
  };
  input.addEventListener("input", render);
  void loadIndex(locale).then((loaded) => {
    index = loaded;
    render();
  });
}
