// What the company never claimed, as checks over any text the site produces: pages, answers,
// exports. The company's page names no SOC 2 report, and every certification it lists belongs to
// Amazon's data center operations or to Stripe, never to the company itself.

/** "SOC 2", "SOC2", "SOC 2 Type II" in any language; "SOC 1" and "ISAE 3402" do not match. */
export const SOC2 = /\bSOC\s*-?\s*2(?!\d)/i;

const CERTIFICATION =
  /ISO(?:\/IEC)?\s*27001|\bSOC\s*1\b|SSAE\s*16|ISAE\s*3402|SAS\s*70|\bPCI\b|FISMA|Sarbanes|\bSOX\b|萨班斯/i;
const OWNER = /Amazon|\bAWS\b|Stripe|亚马逊/i;

// Ways of presenting a certification as the company's own.
const OWN_CLAIMS = [
  /\b(?:UpKeep|we)\s+(?:is|are|am|holds?|has|have|maintains?)\s+(?:an?\s+|the\s+)?(?:ISO|SOC|PCI|FISMA|SOX|certified|compliant|accredited)/i,
  /\bour\s+(?:own\s+)?(?:certifications?|certificates|attestations|audit reports?|SOC|ISO)/i,
  /\bcertifications? of our\b/i,
  /(?:UpKeep|我们|本公司)\s*(?:已|均已)?(?:通过|获得|持有)[^。；]{0,20}(?:认证|ISO|SOC|PCI)/,
  /我们的(?:认证|合规认证|审计报告)/,
];

/** Each offending block with why; empty when the text claims nothing the company did not state. */
export function unsupportedClaims(blocks: string[]): string[] {
  const problems: string[] = [];
  for (const block of blocks) {
    if (SOC2.test(block)) problems.push(`claims SOC 2: ${block}`);
    if (CERTIFICATION.test(block) && !OWNER.test(block))
      problems.push(`names a certification without saying whose: ${block}`);
    for (const claim of OWN_CLAIMS)
      if (claim.test(block)) problems.push(`presents a certification as the company's own: ${block}`);
  }
  return problems;
}

/**
 * Markdown or MDX as blocks a reader takes in one go: paragraphs, and each list together with
 * the sentence that introduces it (the owner of a list of certifications is named there).
 */
export function markdownBlocks(markdown: string): string[] {
  const paragraphs = markdown
    .replace(/^---\n[\s\S]*?\n---\n/, "")
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  const blocks: string[] = [];
  for (const paragraph of paragraphs) {
    const isList = /^\s*[-*]\s/.test(paragraph);
    const previous = blocks.at(-1);
    if (isList && previous !== undefined) blocks[blocks.length - 1] = `${previous}\n${paragraph}`;
    else blocks.push(paragraph);
  }
  return blocks;
}
