// The admin sign-in link from mail: a button whose post uses the link up.
import { SignInPage } from "@/components/documents/sign-in-page";

export const dynamic = "force-dynamic";
export const metadata = { title: "Sign in", robots: { index: false, follow: false }, referrer: "same-origin" };

export default async function Page({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const { token } = await searchParams;
  return (
    <SignInPage locale="en" token={typeof token === "string" ? token.slice(0, 100) : ""} action="/api/admin/session" />
  );
}
