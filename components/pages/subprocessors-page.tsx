import { FeedLinks } from "@/components/updates/feed-links";
import { SubscribeForm } from "@/components/updates/subscribe-form";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/catalogue";
import { loadSubprocessors, subprocessorsOn } from "@/lib/subprocessors/load";
import type { Subprocessor } from "@/lib/subprocessors/schema";
import { buildDay } from "@/lib/updates/build-day";
import { subprocessorsLead } from "@/lib/updates/metadata";

export type SubprocessorsPageProps = { locale: Locale };

const cell = "border-t border-slate-200 px-3 py-2 align-top dark:border-slate-800";

/** The subprocessor list as of the build, with announced changes that have not taken effect yet. */
export function SubprocessorsPage({ locale }: SubprocessorsPageProps) {
  const t = getMessages(locale).subprocessors;
  const updates = getMessages(locale).updates;
  const list = loadSubprocessors();
  const { current, joining } = subprocessorsOn(list, buildDay());
  const unstated = <span className="text-slate-600 dark:text-slate-400">{t.notStated}</span>;
  const row = (s: Subprocessor) => (
    <tr key={s.id} id={s.id}>
      <th scope="row" className={`${cell} text-left font-semibold`}>
        <a className="underline" href={s.website}>
          {s.name}
        </a>
      </th>
      <td className={cell}>{s.purpose[locale]}</td>
      <td className={cell}>{s.data[locale]}</td>
      <td className={cell}>{s.location?.[locale] ?? unstated}</td>
      <td className={cell}>{s.transferMechanism?.[locale] ?? unstated}</td>
      <td className={cell}>
        {joining.includes(s) ? <>{t.joining} </> : null}
        <time dateTime={s.since}>{formatDate(s.since, locale)}</time>
        {s.until ? (
          <p className="mt-1 text-sm">
            {t.leaving} <time dateTime={s.until}>{formatDate(s.until, locale)}</time>
          </p>
        ) : null}
      </td>
    </tr>
  );
  return (
    <div className="mx-auto max-w-5xl">
      <h1 className="text-3xl font-bold tracking-tight">{t.title}</h1>
      <p className="mt-3 max-w-3xl text-slate-700 dark:text-slate-300">{subprocessorsLead(locale)}</p>
      <div className="mt-6 overflow-x-auto">
        <table className="w-full border-collapse text-left text-sm" data-testid="subprocessors">
          <caption className="sr-only">{t.caption}</caption>
          <thead>
            <tr>
              {[t.name, t.purpose, t.data, t.location, t.transfer, t.since].map((label) => (
                <th key={label} scope="col" className="px-3 py-2 font-semibold">
                  {label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>{[...current, ...joining].map(row)}</tbody>
        </table>
      </div>
      <div className="mt-8 space-y-1 text-sm">
        <p>{t.follow}</p>
        <FeedLinks locale={locale} kind="subprocessor" label={updates.kindTitles.subprocessor} />
        <p>
          {t.machine}{" "}
          <a className="underline" href="/subprocessors.json">
            /subprocessors.json
          </a>{" "}
          (
          <a className="underline" href="/schemas/subprocessors.json">
            {t.schema}
          </a>
          )
        </p>
      </div>
      <SubscribeForm locale={locale} />
    </div>
  );
}
