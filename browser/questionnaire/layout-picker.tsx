"use client";

import type { Locale } from "@/lib/i18n/locales";
import type { Layout } from "@/lib/questionnaire/io/layout";
import type { Workbook } from "@/lib/questionnaire/io/read";
import { fill } from "@/lib/i18n/format";
import type { ToolText } from "./tool-text";

export type LayoutPickerProps = {
  locale: Locale;
  text: ToolText;
  workbook: Workbook;
  layout: Layout;
  onChange: (layout: Layout) => void;
};

const select =
  "mt-1 block rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-900";

/** A column as the picker lists it: its number and the start of its title, or its number alone. */
function columnName(t: ToolText, locale: Locale, n: number, title: string): string {
  return title ? fill(t.columnName, { n, title: title.slice(0, 40) }, locale) : fill(t.columnNumber, { n }, locale);
}

/** Which sheet and column hold the questions; the guess is shown and can be changed. */
export function LayoutPicker({ locale, text: t, workbook, layout, onChange }: LayoutPickerProps) {
  const sheet = workbook.sheets[layout.sheet];
  const header = sheet?.rows[layout.headerRow] ?? [];
  const width = Math.max(1, ...(sheet?.rows ?? []).map((r) => r.length));
  return (
    <div className="flex flex-wrap gap-4">
      {workbook.sheets.length > 1 ? (
        <label className="text-sm font-medium">
          {t.sheet}
          <select
            className={select}
            value={layout.sheet}
            onChange={(e) => onChange({ sheet: Number(e.target.value), headerRow: -1, questionColumn: 0 })}
          >
            {workbook.sheets.map((s, i) => (
              <option key={s.name + i} value={i}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <label className="text-sm font-medium">
        {t.column}
        <select
          className={select}
          value={layout.questionColumn}
          onChange={(e) => onChange({ ...layout, questionColumn: Number(e.target.value) })}
        >
          {Array.from({ length: width }, (_, c) => (
            <option key={c} value={c}>
              {columnName(t, locale, c + 1, header[c] ?? "")}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm font-medium">
        {t.headerRow}
        <select
          className={select}
          value={layout.headerRow + 2}
          onChange={(e) => onChange({ ...layout, headerRow: Number(e.target.value) - 2 })}
        >
          {Array.from({ length: Math.min(20, sheet?.rows.length ?? 0) }, (_, r) => (
            <option key={r} value={r + 1}>
              {r + 1}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
