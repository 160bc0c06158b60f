export type JsonScriptProps = { data: unknown; type?: "application/json" | "application/ld+json"; id?: string };

/** Data for the browser or for crawlers in a <script> that never runs; "<" is escaped so content can never close it early. */
export function JsonScript({ data, type = "application/json", id }: JsonScriptProps) {
  const json = JSON.stringify(data).replace(/</g, "\\u003c");
  return <script type={type} id={id} dangerouslySetInnerHTML={{ __html: json }} />;
}

export type JsonLdProps = { data: unknown };

/** A JSON-LD block (structured data for search engines). */
export function JsonLd({ data }: JsonLdProps) {
  return <JsonScript type="application/ld+json" data={data} />;
}
