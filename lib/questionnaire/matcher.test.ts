import { describe, expect, it } from "vitest";
import { loadLibrary } from "@/lib/answers/load";
import { answerRows } from "./answer-rows";
import { createMatcher } from "./matcher";

const en = createMatcher(loadLibrary("en"));
const zh = createMatcher(loadLibrary("zh"));

describe("the questionnaire matcher", () => {
  it("answers questions the site covers, citing the section that backs the answer", () => {
    const cases: [string, string][] = [
      ["How often are database backups taken?", "backups#database-backups"],
      ["Do you have DDoS protection?", "network-security#ddos-mitigation"],
      ["Are visitors to the data center escorted?", "physical-security"],
      ["Who processes credit card payments?", "compliance#payments"],
      ["Is password authentication disabled for server access?", "system-security#system-authentication"],
    ];
    for (const [question, cite] of cases) {
      const result = en.match(question);
      expect(result.status, question).toBe("answered");
      expect(result.entry?.cites, question).toContain(cite);
    }
  });

  it("understands synonyms: 2FA, denial of service, snapshots", () => {
    expect(en.match("Is 2FA required to reach the datacenter floor?").entry?.id).toBe("datacenter-floor-mfa");
    expect(en.match("How do you mitigate denial of service attacks?").entry?.id).toBe("ddos-mitigation");
  });

  it("answers Chinese questions from the Chinese library", () => {
    const result = zh.match("数据库多久备份一次？");
    expect(result.status).toBe("answered");
    expect(result.entry?.cites).toContain("backups#database-backups");
    expect(result.entry?.answer).toMatch(/30 分钟/);
  });

  it("says not covered rather than borrow a loosely related answer", () => {
    for (const question of [
      "Do you perform background checks on employees?",
      "Do you run a bug bounty programme?",
      "Do you support SAML single sign-on?",
      "What is your data retention period for customer records?",
      "Do you have an auditable process for granting and revoking physical access to offices?",
      "Is there anything else you want us to know about the security of your data centers?",
      "How often do you review physical entry logs?",
      "",
    ]) {
      expect(en.match(question).status, question).toBe("not_covered");
    }
  });

  it("does not answer from a word the answer uses about something else", () => {
    // The fire answer mentions water-based sprinklers and smoke detection, not water detection.
    expect(en.match("Water detection system").status).toBe("not_covered");
    expect(en.match("Flood detection sensors").status).toBe("not_covered");
    for (const question of ["Fire detection system", "Water-based fire suppression system"]) {
      expect(en.match(question).entry?.id, question).toBe("fire-detection-and-suppression");
    }
  });

  it("applies an answer that is true in one place only to questions that name the place", () => {
    // The only two-factor fact is about entering a data center floor, not logging in.
    expect(en.match("Do you support two-factor authentication?").status).toBe("not_covered");
    expect(en.match("Is two-factor authentication required for physical entry to the server floor?").entry?.id).toBe("datacenter-floor-mfa");
    expect(zh.match("是否支持双因素认证？").status).toBe("not_covered");
    expect(zh.match("进入数据中心是否需要多因素认证？").entry?.id).toBe("datacenter-floor-mfa");
  });

  it("answers a long control by what it requires first, and never by a later bullet alone", () => {
    const control = "* Restrict entry to the data center floor with multi-factor authentication\n* Publish a quarterly report on every badge issued to contractors\n* Rotate cleaning vendors under signed confidentiality agreements";
    expect(en.match(control).entry?.id).toBe("datacenter-floor-mfa");
    expect(en.match("* Run a public bug bounty programme with a legal safe harbour\n* Patch vulnerabilities promptly\n* Escort visitors in the data center").status).toBe("not_covered");
  });

  it("answers a question whose qualifier it does not address, but not one with a second demand", () => {
    expect(en.match("Are visitors to the data center escorted, in line with a written visitor policy that the board reviews each year?").entry?.id).toBe("visitor-access");
    expect(en.match("Do you take regular database snapshots, and are they reviewed by an auditor against ISAE 3000 and kept under legal hold?").status).toBe("not_covered");
  });

  it("gives each row its answer, citations as section URLs, and keeps row numbers", () => {
    const rows = answerRows([{ row: 3, text: "How often is application configuration backed up?" }, { row: 7, text: "Do you train staff on phishing?" }], en, "zh");
    expect(rows[0]).toMatchObject({ row: 3, status: "answered", citations: ["/zh/security/backups#configuration-backups"] });
    expect(rows[1]).toMatchObject({ row: 7, status: "not_covered", answer: "", citations: [] });
  });
});
