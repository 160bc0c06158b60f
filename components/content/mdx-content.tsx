import { mdxComponents, type MdxComponentOptions } from "@/components/mdx-components";
import { getMDXComponent } from "@/lib/content/mdx";

export type MdxContentProps = MdxComponentOptions & { code: string };

export function MdxContent({ code, ...options }: MdxContentProps) {
  const Content = getMDXComponent(code);
  // getMDXComponent caches by code, so the component is created once per document, not per render.
  // eslint-disable-next-line react-hooks/static-components
  return <Content components={mdxComponents(options)} />;
}
