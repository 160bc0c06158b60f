import type { LocalizedSiteConfig } from "@/lib/site/config";

export type CertificationsProps = NonNullable<LocalizedSiteConfig["home"]["certifications"]>;

/** The home page's certification chips, as content/site.yaml lists them (whose they are, in its lead). */
export function Certifications({ title, lead, chips, note }: CertificationsProps) {
  return (
    <section aria-labelledby="certifications" className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
      <h2 id="certifications" className="text-xl font-semibold">
        {title}
      </h2>
      <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">{lead}</p>
      <ul className="mt-3 flex flex-wrap gap-2">
        {chips.map((chip) => (
          <li key={chip} className="rounded-full border border-slate-300 px-3 py-1 text-sm dark:border-slate-600">
            {chip}
          </li>
        ))}
      </ul>
      {note ? <p className="mt-3 text-sm text-slate-700 dark:text-slate-300">{note}</p> : null}
    </section>
  );
}
