import { QuestionnaireError } from "./errors";

// Spreadsheets saved as CSV arrive in UTF-8, UTF-16 (Excel's "Unicode text") or, from Chinese
// Windows, GBK. Byte-order marks decide first; then strict UTF-8; then GB18030 (a superset of GBK).
export type Decoded = { text: string; encoding: "utf-8" | "utf-16le" | "utf-16be" | "gb18030" };

function looksUtf16(bytes: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  const sample = bytes.subarray(0, 4096);
  let evenZeros = 0,
    oddZeros = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue;
    if (i % 2 === 0) evenZeros++;
    else oddZeros++;
  }
  const half = sample.length / 2;
  if (oddZeros > half * 0.3 && evenZeros < half * 0.05) return "utf-16le";
  if (evenZeros > half * 0.3 && oddZeros < half * 0.05) return "utf-16be";
  return undefined;
}

/** Text that is mostly control characters is a binary file with a text file's name. */
function isBinaryText(text: string): boolean {
  const sample = text.slice(0, 8192);
  if (sample.length === 0) return false;
  let control = 0;
  for (const ch of sample) {
    const code = ch.codePointAt(0) ?? 0;
    if ((code < 32 && ch !== "\n" && ch !== "\r" && ch !== "\t") || code === 0xfffd) control++;
  }
  return control / sample.length > 0.05;
}

export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) throw new QuestionnaireError("empty");
  let decoded: Decoded;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    decoded = { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8" };
  else if (bytes[0] === 0xff && bytes[1] === 0xfe)
    decoded = { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  else if (bytes[0] === 0xfe && bytes[1] === 0xff)
    decoded = { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  else {
    const utf16 = looksUtf16(bytes);
    if (utf16) decoded = { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };
    else {
      try {
        decoded = { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
      } catch {
        decoded = { text: new TextDecoder("gb18030").decode(bytes), encoding: "gb18030" };
      }
    }
  }
  if (isBinaryText(decoded.text)) throw new QuestionnaireError("binary");
  if (decoded.text.trim() === "") throw new QuestionnaireError("empty");
  return decoded;
}
