import { parse } from "yaml";
import { z } from "zod";
import { locales, type Locale } from "@/lib/i18n/locales";

// content/site.yaml: who runs this trust center. Strict, so a misspelt key is named rather than
// ignored, and every locale must have its texts.
const text = z.string().trim().min(1);

const localized = z.strictObject({
  siteName: text,
  home: z.strictObject({
    title: text,
    lead: text,
    protect: z.array(z.strictObject({ title: text, text, section: text })).min(1),
    certifications: z.strictObject({ title: text, lead: text, chips: z.array(text), note: text.optional() }).optional(),
  }),
  whitepaperLead: text,
});

const schema = z.strictObject({
  company: text,
  securityContact: z.email(),
  securityTxtValidDays: z.number().int().min(1).max(366),
  ...Object.fromEntries(locales.map((locale) => [locale, localized])),
} as { company: typeof text; securityContact: z.ZodEmail; securityTxtValidDays: z.ZodNumber } & Record<
  Locale,
  typeof localized
>);

export type SiteConfig = z.infer<typeof schema>;
export type LocalizedSiteConfig = z.infer<typeof localized>;

/** Parses site.yaml's text; throws naming the file and every key that is missing or wrong. */
export function parseSiteConfig(source: string, file: string): SiteConfig {
  const parsed = schema.safeParse(parse(source));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".") || "(top level)"}: ${issue.message}`);
    throw new Error(`${file}: invalid site configuration:\n  ${problems.join("\n  ")}`);
  }
  return parsed.data;
}
