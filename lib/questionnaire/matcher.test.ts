import { describe, expect, it } from "vitest";
import { loadAnswerBase } from "@/lib/answers/load";
import type { AnswerBase } from "@/lib/answers/types";
import { answerRows } from "./answer-rows";
import { createMatcher } from "./matcher";

const enBase = loadAnswerBase("en");
const en = createMatcher(enBase);
const zh = createMatcher(loadAnswerBase("zh"));
const cites = (question: string) => en.match(question).unit?.cites ?? [];

describe("the questionnaire matcher: the issue's examples", () => {
  it("answers where data is hosted and by whom, citing the compliance section", () => {
    for (const question of ["Where is customer data hosted?", "Which cloud provider hosts the service?"]) {
      expect(en.match(question).status, question).toBe("answered");
      expect(cites(question), question).toContain("compliance#data-centers");
      expect(en.match(question).unit?.answer, question).toMatch(/Amazon/);
    }
  });

  it("answers configuration management, and default-deny firewalls rather than the localhost sentence", () => {
    expect(en.match("Is there a process to manage server configuration?").status).toBe("answered");
    expect(cites("Is there a process to manage server configuration?")).toContain(
      "system-security#system-configuration",
    );
    const firewalls = en.match("Do you restrict inbound and outbound network traffic with firewalls?");
    expect(firewalls.status).toBe("answered");
    expect(firewalls.unit?.cites).toContain("network-security#firewalls");
    expect(firewalls.unit?.answer).toMatch(/deny all access by default/);
    expect(firewalls.unit?.answer).not.toMatch(/localhost/);
  });

  it("puts what the site leaves unstated up for review, naming the missing part", () => {
    expect(en.match("Do you log access to production systems?").status).not.toBe("answered");
    const build = en.match("Are your server build standards documented?");
    expect(build.status).toBe("review");
    expect(build.missing).toContain("documented");
    expect(build.unit?.cites).toContain("system-security#system-configuration");
    expect(en.match("Do you have a SOC 2 Type II report?").status).not.toBe("answered");
  });
});

describe("the questionnaire matcher: the issue's examples in Chinese", () => {
  const zhCites = (question: string) => zh.match(question).unit?.cites ?? [];
  it("answers hosting, configuration management and default-deny firewalls from the Chinese base", () => {
    expect(zh.match("客户数据托管在哪里？").status).toBe("answered");
    expect(zhCites("客户数据托管在哪里？")[0]).toMatch(/^compliance/);
    expect(zh.match("是否有管理服务器配置的流程？").status).toBe("answered");
    expect(zhCites("是否有管理服务器配置的流程？")).toContain("system-security#system-configuration");
    const firewalls = zh.match("是否使用防火墙限制入站和出站网络流量？");
    expect(firewalls.status).toBe("answered");
    expect(firewalls.unit?.answer).toMatch(/默认拒绝/);
    expect(firewalls.unit?.answer).not.toMatch(/localhost|本地主机/);
  });

  it("reviews or declines what the Chinese text leaves unstated", () => {
    expect(zh.match("是否记录对生产系统的访问？").status).not.toBe("answered");
    const build = zh.match("服务器构建标准是否形成书面文件？");
    expect(build.status).toBe("review");
    expect(build.missing).toEqual(["形成书面文件"]);
    expect(zh.match("是否有 SOC 2 Type II 报告？").status).not.toBe("answered");
  });
});

describe("the questionnaire matcher", () => {
  it("answers questions the site covers, citing the section that backs the answer", () => {
    const cases: [string, string][] = [
      ["How often are database backups taken?", "backups#database-backups"],
      ["Do you have DDoS protection?", "network-security#ddos-mitigation"],
      ["Who processes credit card payments?", "compliance#payments"],
      ["Is password authentication disabled for server access?", "system-security#system-authentication"],
    ];
    for (const [question, cite] of cases) {
      expect(en.match(question).status, question).toBe("answered");
      expect(cites(question), question).toContain(cite);
    }
  });

  it("treats any company name, or none, as the same question", () => {
    const asked = [
      "Does Acme use firewalls that deny access by default?",
      "Does your organisation use firewalls that deny access by default?",
      "Do you use firewalls that deny access by default?",
    ];
    const results = asked.map((q) => en.match(q));
    for (const r of results) expect(r.status).toBe("answered");
    expect(new Set(results.map((r) => r.unit?.id)).size).toBe(1);
  });

  it("answers from a paragraph no answer of the library restates", () => {
    const withoutLibrary: AnswerBase = { ...enBase, entries: [] };
    const result = createMatcher(withoutLibrary).match("Are the systems they replace retired after new deployments?");
    expect(result.status).toBe("answered");
    expect(result.unit?.cites).toEqual(["system-security#system-configuration"]);
  });

  it("does not count a qualifier the passage does not state: review at most", () => {
    const atRest = en.match("Is all data encrypted at rest and in transit?");
    expect(atRest.status).not.toBe("answered");
    expect(en.match("Are database backups tested annually?").missing).toEqual(
      expect.arrayContaining(["tested", "annually"]),
    );
    expect(en.match("Is your organisation PCI DSS certified?").status).not.toBe("answered");
    const retention = en.match("What is your data retention period for customer records?");
    expect(retention.status).not.toBe("answered");
    if (retention.status === "review") expect(retention.missing).toContain("how long it is kept");
  });

  it("answers Chinese questions from the Chinese base", () => {
    const result = zh.match("数据库多久备份一次？");
    expect(result.status).toBe("answered");
    expect(result.unit?.cites).toContain("backups#database-backups");
    expect(result.unit?.answer).toMatch(/30 分钟/);
    expect(zh.match("是否对静态数据和传输中的数据都进行加密？").status).not.toBe("answered");
  });

  it("says not covered rather than borrow a loosely related answer", () => {
    for (const question of [
      "Do you perform background checks on employees?",
      "Do you run a bug bounty programme?",
      "Do you support SAML single sign-on?",
      "Do you have an auditable process for granting and revoking physical access to offices?",
      "Is there anything else you want us to know about the security of your data centers?",
      "",
    ]) {
      expect(en.match(question).status, question).toBe("not_covered");
    }
  });

  it("applies an answer that is true in one place only to questions that name the place", () => {
    // The only two-factor fact is about entering a data center floor, not logging in.
    expect(en.match("Do you support two-factor authentication?").status).not.toBe("answered");
    expect(en.match("Is two-factor authentication required to reach the data center floor?").status).toBe("answered");
    expect(zh.match("是否支持双因素认证？").status).not.toBe("answered");
  });

  it("gives each row its answer, citations as section URLs, what is missing and why", () => {
    const rows = answerRows(
      [
        { row: 3, text: "How often is application configuration backed up?" },
        { row: 7, text: "Do you train staff on phishing?" },
        { row: 9, text: "Are your server build standards documented?" },
      ],
      en,
      "zh",
    );
    expect(rows[0]).toMatchObject({
      row: 3,
      status: "answered",
      citations: ["/zh/security/backups#configuration-backups"],
    });
    expect(rows[1]).toMatchObject({ row: 7, status: "not_covered", answer: "", citations: [] });
    expect(rows[2]).toMatchObject({ status: "review", missing: ["documented"] });
    expect(rows[2]?.reasons.length).toBeGreaterThan(0);
    expect(rows[2]?.reasons[0]?.citation).toBe("/zh/security/system-security#system-configuration");
  });
});
