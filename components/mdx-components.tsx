import type { ComponentPropsWithoutRef } from "react";
import { Heading, type HeadingLevel } from "@/components/content/heading";
import { EvidencePlaceholder } from "@/components/status/evidence-placeholder";
import type { Locale } from "@/lib/i18n";
import { absoluteUrl } from "@/lib/site";

export type MdxComponentOptions = {
  locale: Locale;
  /** The one-page whitepaper nests sections one level deeper than a section's own page. */
  headingShift: 0 | 1;
};

function shifted(level: 2 | 3, shift: 0 | 1): HeadingLevel {
  return (level + shift) as HeadingLevel;
}

/** The one component map for whitepaper MDX, rendered on the server. */
export function mdxComponents({ locale, headingShift }: MdxComponentOptions) {
  return {
    h2: (props: ComponentPropsWithoutRef<"h2">) => <Heading level={shifted(2, headingShift)} locale={locale} {...props} />,
    h3: (props: ComponentPropsWithoutRef<"h3">) => <Heading level={shifted(3, headingShift)} locale={locale} {...props} />,
    a: ({ href = "", ...props }: ComponentPropsWithoutRef<"a">) => {
      const external = /^https?:\/\//.test(href);
      return <a href={href} data-print-href={external ? href : absoluteUrl(href)} {...props} />;
    },
    Evidence: () => <EvidencePlaceholder locale={locale} />,
    ControlList: () => <EvidencePlaceholder locale={locale} />,
  };
}
