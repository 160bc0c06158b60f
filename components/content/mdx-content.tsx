import { mdxComponents, type MdxComponentOptions } from "@/components/mdx-components";
import { getMDXComponent } from "@/lib/content/mdx";

export type MdxContentProps = MdxComponentOptions & { code: string };

export function MdxContent({ code, ...options }: MdxContentProps) {
  const Content = getMDXComponent(code);
  return <Content components={mdxComponents(options)} />;
}
