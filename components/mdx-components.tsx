import type { ComponentPropsWithoutRef } from "react";
import { Heading, type HeadingLevel } from "@/components/content/heading";
import { ControlList } from "@/components/status/control-list";
import { Evidence } from "@/components/status/evidence";
import { getMessages } from "@/lib/i18n/catalogue";
import type { Locale } from "@/lib/i18n/locales";
import { absoluteUrl } from "@/lib/site/site";
import type { StatusView } from "@/lib/status/page-data";

export type MdxComponentOptions = {
  locale: Locale;
  /** The one-page whitepaper nests sections one level deeper than a section's own page. */
  headingShift: 0 | 1;
  status: StatusView;
};

function shifted(level: 2 | 3, shift: 0 | 1): HeadingLevel {
  return (level + shift) as HeadingLevel;
}

/** The one component map for whitepaper MDX, rendered on the server. */
export function mdxComponents({ locale, headingShift, status }: MdxComponentOptions) {
  return {
    h2: (props: ComponentPropsWithoutRef<"h2">) => (
      <Heading level={shifted(2, headingShift)} locale={locale} {...props} />
    ),
    h3: (props: ComponentPropsWithoutRef<"h3">) => (
      <Heading level={shifted(3, headingShift)} locale={locale} {...props} />
    ),
    a: ({ href = "", ...props }: ComponentPropsWithoutRef<"a">) => {
      const external = /^https?:\/\//.test(href);
      return <a href={href} data-print-href={external ? href : absoluteUrl(href)} {...props} />;
    },
    Evidence: ({ target }: { target: string }) => (
      <Evidence
        locale={locale}
        snapshot={status.snapshot}
        item={status.items.find((i) => i.id === target)}
        target={target}
      />
    ),
    ControlList: () => (
      <ControlList
        locale={locale}
        snapshot={status.snapshot}
        items={status.items.filter((i) => i.kind === "control")}
        label={getMessages(locale).status.liveControls}
      />
    ),
  };
}
