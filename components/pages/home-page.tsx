import { JsonLd } from "@/components/content/json-ld";
import { getSections } from "@/lib/content/sections";
import { sectionPath, updatesPath, whitepaperPath, type Locale } from "@/lib/i18n/locales";
import { homeJsonLd } from "@/lib/json-ld";
import { getMessages } from "@/lib/i18n/catalogue";
import { siteText } from "@/lib/site/site";
import { Certifications } from "./certifications";
import { SectionCards } from "./section-cards";
import { StatusSummary } from "@/components/status/status-summary";
import { getStatusView } from "@/lib/status/page-data";
import { UpdateList } from "@/components/updates/update-list";
import { getUpdates } from "@/lib/updates/updates";

export type HomePageProps = { locale: Locale };

const card = "rounded-lg border border-slate-200 p-4 dark:border-slate-800";

export async function HomePage({ locale }: HomePageProps) {
  const t = getMessages(locale).home;
  const updates = getMessages(locale).updates;
  // The company's own words (content/site.yaml) around the interface's.
  const { home } = siteText(locale);
  const status = await getStatusView(locale);
  return (
    <>
      <JsonLd data={homeJsonLd(locale, home.lead)} />
      <div className="max-w-3xl">
        <h1 className="text-3xl font-bold tracking-tight sm:text-5xl">{home.title}</h1>
        <p className="mt-4 text-lg text-slate-700 dark:text-slate-300">{home.lead}</p>
        <a
          href={whitepaperPath(locale)}
          className="mt-6 inline-block rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-600 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
        >
          {t.readWhitepaper}
        </a>
      </div>

      <section aria-labelledby="protect" className="mt-12">
        <h2 id="protect" className="text-2xl font-semibold tracking-tight">
          {t.protectTitle}
        </h2>
        <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {home.protect.map((item) => (
            <li key={item.section} className={card}>
              <h3 className="font-semibold">
                <a href={sectionPath(locale, item.section)} className="hover:underline">
                  {item.title}
                </a>
              </h3>
              <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{item.text}</p>
            </li>
          ))}
        </ul>
      </section>

      <div className="mt-12 grid gap-6 lg:grid-cols-2">
        {home.certifications ? <Certifications {...home.certifications} /> : null}
        <section aria-labelledby="live-status" className={card} data-testid="status-summary">
          <StatusSummary locale={locale} snapshot={status.snapshot} items={status.items} />
        </section>
      </div>

      <section aria-labelledby="latest-updates" className="mt-12" data-testid="latest-updates">
        <h2 id="latest-updates" className="text-2xl font-semibold tracking-tight">
          {updates.latest}
        </h2>
        <UpdateList locale={locale} updates={getUpdates(locale).slice(0, 3)} headingLevel={3} />
        <p className="mt-3 text-sm">
          <a className="underline" href={updatesPath(locale)}>
            {updates.all}
          </a>
        </p>
      </section>

      <section aria-labelledby="sections" className="mt-12">
        <h2 id="sections" className="text-2xl font-semibold tracking-tight">
          {t.sectionsTitle}
        </h2>
        <SectionCards locale={locale} sections={getSections(locale)} />
      </section>
    </>
  );
}
