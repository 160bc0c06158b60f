/** The element that carries a page's anchor redirects to the browser, as JSON. */
export const ANCHOR_REDIRECTS_ID = "anchor-redirects";

export type AnchorRedirectData = {
  /** old anchor -> where it lives now */
  redirects: Record<string, { section: string; anchor: string }>;
  /** the section shown on this page, or undefined on the one-page whitepaper */
  section?: string;
  /** path of a section's page, with ":id" for the section id */
  sectionPathPattern: string;
};
