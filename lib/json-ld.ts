import type { Section } from "./content/sections";
import { homePath, languageTag, sectionPath, whitepaperPath, type Locale } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/catalogue";
import { absoluteUrl, site, siteText } from "@/lib/site/site";

// schema.org descriptions of the pages, so search engines show the right title, date and trail.
type Thing = Record<string, unknown>;

function organization(): Thing {
  return { "@type": "Organization", name: site.company, url: site.baseUrl };
}

function breadcrumbs(items: { name: string; path: string }[]): Thing {
  return {
    "@type": "BreadcrumbList",
    itemListElement: items.map((item, index) => ({
      "@type": "ListItem",
      position: index + 1,
      name: item.name,
      item: absoluteUrl(item.path),
    })),
  };
}

export function homeJsonLd(locale: Locale, description: string): Thing {
  return {
    "@context": "https://schema.org",
    "@type": "WebSite",
    name: siteText(locale).siteName,
    url: absoluteUrl(homePath(locale)),
    inLanguage: languageTag[locale],
    description,
    publisher: organization(),
  };
}

export function whitepaperJsonLd(locale: Locale, sections: Section[]): Thing {
  const t = getMessages(locale);
  const modified = sections
    .map((s) => s.updated)
    .sort()
    .at(-1);
  return {
    "@context": "https://schema.org",
    "@type": "TechArticle",
    headline: t.whitepaper.title,
    description: siteText(locale).whitepaperLead,
    url: absoluteUrl(whitepaperPath(locale)),
    inLanguage: languageTag[locale],
    dateModified: modified,
    publisher: organization(),
    hasPart: sections.map((s) => ({
      "@type": "WebPageElement",
      name: s.title,
      url: absoluteUrl(`${whitepaperPath(locale)}#${s.id}`),
    })),
  };
}

export function sectionJsonLd(locale: Locale, section: Section): Thing[] {
  const t = getMessages(locale);
  return [
    {
      "@context": "https://schema.org",
      "@type": "TechArticle",
      headline: section.title,
      description: section.summary,
      url: absoluteUrl(sectionPath(locale, section.id)),
      inLanguage: languageTag[locale],
      dateModified: section.updated,
      isPartOf: { "@type": "TechArticle", headline: t.whitepaper.title, url: absoluteUrl(whitepaperPath(locale)) },
      publisher: organization(),
    },
    {
      "@context": "https://schema.org",
      ...breadcrumbs([
        { name: t.nav.home, path: homePath(locale) },
        { name: t.whitepaper.title, path: whitepaperPath(locale) },
        { name: section.title, path: sectionPath(locale, section.id) },
      ]),
    },
  ];
}
