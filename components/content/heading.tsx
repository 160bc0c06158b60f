import type { ComponentPropsWithoutRef, ReactNode } from "react";
import type { Locale } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/catalogue";
import { fill } from "@/lib/i18n/format";
import { CopyLinkButton } from "./copy-link-button";

export type HeadingLevel = 1 | 2 | 3 | 4;

export type HeadingProps = ComponentPropsWithoutRef<"h2"> & {
  /** The fragment the copy button links to, when the target is a wrapper rather than the heading. */
  linkId?: string;
  level: HeadingLevel;
  locale: Locale;
  children?: ReactNode;
};

const sizes: Record<HeadingLevel, string> = {
  1: "text-3xl font-bold tracking-tight sm:text-4xl",
  2: "text-2xl font-semibold tracking-tight",
  3: "text-xl font-semibold",
  4: "text-lg font-semibold",
};

function textOf(node: ReactNode): string {
  if (typeof node === "string" || typeof node === "number") return String(node);
  if (Array.isArray(node)) return node.map(textOf).join("");
  return "";
}

/** A heading that is a link target, with a copy-link button shown on hover and focus. */
export function Heading({ level, locale, id, linkId = id, children, className, ...rest }: HeadingProps) {
  const Tag = `h${level}` as const;
  const t = getMessages(locale).copyLink;
  return (
    // The button sits beside the heading, not in it, so the heading's accessible name stays its text.
    <div className="group flex items-center">
      <Tag id={id} className={`${sizes[level]} ${className ?? ""}`} {...rest}>
        {children}
      </Tag>
      {linkId ? (
        <CopyLinkButton
          id={linkId}
          label={fill(t.label, { heading: textOf(children) }, locale).trim()}
          copiedLabel={t.copied}
        />
      ) : null}
    </div>
  );
}
