/** The data a page carries for its islands in a JSON block (components/content/json-ld.tsx, JsonScript). */
export function readJsonData<T>(id: string): T | undefined {
  const text = document.getElementById(id)?.textContent;
  return text ? (JSON.parse(text) as T) : undefined;
}
