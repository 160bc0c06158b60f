import { describe, expect, it } from "vitest";
import { inlineScriptBytes, visibleText, visibleTextBytes } from "./visible-text.mjs";

describe("visibleText", () => {
  it("keeps what a reader sees and drops scripts, styles and markup", () => {
    const html = `<html><head><title>Not body</title><style>p{color:red}</style></head><body>
      <h1 class="x">Backups</h1><!-- -->
      <p>Every <b>30</b>&nbsp;minutes &amp; more.</p>
      <script>self.__next_f.push([1,"payload"])</script>
      <template><p>later</p></template>
    </body></html>`;
    expect(visibleText(html)).toBe("Backups Every 30 minutes & more.");
  });

  it("counts UTF-8 bytes, so Chinese text weighs three bytes a character", () => {
    expect(visibleTextBytes("<body><p>备份 &#x41;&#66;</p></body>")).toBe(6 + 1 + 2);
  });
});

describe("inlineScriptBytes", () => {
  it("counts inline script bodies and not external scripts", () => {
    expect(
      inlineScriptBytes(
        '<script src="/a.js" async=""></script><script>abc</script><script type="application/ld+json">{}</script>',
      ),
    ).toBe(5);
  });
});
