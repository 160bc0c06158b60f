// The default locale at the root: the same route as /<locale>/documents/sign-in (server builds only).
export { default, generateMetadata } from "@/app/(localized)/[locale]/documents/sign-in/page.server";

// Segment config is read from this file itself, never from a re-export.
export const dynamic = "force-dynamic";
