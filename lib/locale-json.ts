import { isLocale, locales, type Locale } from "@/lib/i18n/locales";

// Files of one JSON document per locale (`/<folder>/en.json`, `/<folder>/zh.json`), made once at
// build time and fetched by the browser when first needed: the search index, the answer library.

/** Where the browser fetches a locale's file; `folder` is the route's folder under app/. */
export function localeJsonUrl(folder: string, locale: Locale): string {
  return `/${folder}/${locale}.json`;
}

/**
 * generateStaticParams and GET for app/<folder>/[file]/route.ts. The route itself still declares
 * `dynamic = "force-static"` and `dynamicParams = false`: Next reads those from the file.
 */
export function localeJsonRoute(document: (locale: Locale) => unknown) {
  return {
    generateStaticParams: () => locales.map((locale) => ({ file: `${locale}.json` })),
    GET: async (_request: Request, { params }: { params: Promise<{ file: string }> }) => {
      const locale = (await params).file.replace(/\.json$/, "");
      if (!isLocale(locale)) return new Response("Not found", { status: 404 });
      return Response.json(document(locale));
    },
  };
}
