"use client";

import MiniSearch, { type SearchResult } from "minisearch";
import { useEffect, useRef, useState } from "react";
import type { Locale } from "@/lib/i18n";
import { searchIndexOptions } from "@/lib/search/index-options";
import { tokenize } from "@/lib/text/tokenize";

export type SearchDialogProps = { locale: Locale; onClose: () => void };

const TEXT = {
  en: { label: "Search the security pages", placeholder: "Search: backups, 2FA, DDoS…", none: "No results.", loading: "Loading…", close: "Close" },
  zh: { label: "搜索安全页面", placeholder: "搜索：备份、双因素认证、DDoS…", none: "没有结果。", loading: "加载中…", close: "关闭" },
};

/** The sentence of a result that shares most terms with the query: the passage shown. */
function passage(text: string, query: string): string {
  const wanted = new Set(tokenize(query));
  const sentences = text.split(/(?<=[.!?。！？])\s*/);
  let best = sentences[0] ?? "", bestScore = -1;
  for (const sentence of sentences) {
    const score = tokenize(sentence).filter((t) => [...wanted].some((w) => t.startsWith(w))).length;
    if (score > bestScore) [best, bestScore] = [sentence, score];
  }
  return best.length > 220 ? `${best.slice(0, 217)}…` : best;
}

export function SearchDialog({ locale, onClose }: SearchDialogProps) {
  const t = TEXT[locale];
  const dialog = useRef<HTMLDialogElement>(null);
  const [index, setIndex] = useState<MiniSearch | null>(null);
  const [query, setQuery] = useState("");

  useEffect(() => {
    dialog.current?.showModal();
    let live = true;
    fetch(`/search-index/${locale}.json`)
      .then((r) => r.text())
      .then((json) => live && setIndex(MiniSearch.loadJSON(json, searchIndexOptions)))
      .catch(() => live && setIndex(new MiniSearch(searchIndexOptions)));
    return () => {
      live = false;
    };
  }, [locale]);

  const results: SearchResult[] = index && query.trim() ? index.search(query).slice(0, 8) : [];
  return (
    <dialog ref={dialog} onClose={onClose} aria-label={t.label} className="m-auto w-[min(40rem,calc(100vw-2rem))] rounded-lg bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-900/50 dark:bg-slate-900 dark:text-slate-100">
      <div className="flex items-center gap-2 border-b border-slate-200 p-3 dark:border-slate-700">
        <input
          type="search"
          autoFocus
          aria-label={t.label}
          placeholder={t.placeholder}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          className="w-full rounded-md border border-slate-300 bg-white px-3 py-2 dark:border-slate-600 dark:bg-slate-950"
        />
        <button type="button" onClick={() => dialog.current?.close()} className="rounded px-2 py-1 text-sm underline">{t.close}</button>
      </div>
      <div className="max-h-[60vh] overflow-y-auto p-3" aria-live="polite">
        {!index ? <p>{t.loading}</p> : query.trim() && results.length === 0 ? <p>{t.none}</p> : null}
        <ul className="space-y-3">
          {results.map((r) => (
            <li key={r.id}>
              <a href={String(r.url)} onClick={() => dialog.current?.close()} className="block rounded-md p-2 hover:bg-slate-100 dark:hover:bg-slate-800">
                <span className="text-xs text-slate-600 dark:text-slate-400">{String(r.context)}</span>
                <span className="block font-medium">{String(r.title)}</span>
                <span className="block text-sm text-slate-700 dark:text-slate-300">{passage(String(r.text), query)}</span>
              </a>
            </li>
          ))}
        </ul>
      </div>
    </dialog>
  );
}
