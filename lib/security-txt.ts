import { languageTag, locales, machinePaths } from "@/lib/i18n/locales";
import { absoluteUrl, site } from "@/lib/site/site";

/** RFC 9116 security.txt; Expires counts from the build, so a rebuild renews it. */
export function securityTxt(now: Date = new Date()): string {
  const expires = new Date(now.getTime() + site.securityTxtValidDays * 24 * 60 * 60 * 1000);
  return [
    `Contact: mailto:${site.securityContact}`,
    `Expires: ${expires.toISOString().replace(/\.\d{3}Z$/, "Z")}`,
    `Canonical: ${absoluteUrl(machinePaths.securityTxt)}`,
    `Preferred-Languages: ${locales.map((l) => languageTag[l].split("-")[0]).join(", ")}`,
    "",
  ].join("\n");
}
