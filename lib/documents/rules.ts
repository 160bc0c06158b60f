// Who gets a gated document without a person deciding: the operator's allow list (existing
// customers) is approved, free-mail providers and the operator's block list are refused, and
// everyone else waits for an approver. A subdomain counts as its domain (eu.acme.com is acme.com).

/** Free-mail providers: an address there says nothing about the company a reader names. */
export const FREE_MAIL_DOMAINS = [
  "gmail.com",
  "googlemail.com",
  "yahoo.com",
  "yahoo.co.jp",
  "ymail.com",
  "hotmail.com",
  "outlook.com",
  "live.com",
  "msn.com",
  "icloud.com",
  "me.com",
  "mac.com",
  "aol.com",
  "proton.me",
  "protonmail.com",
  "pm.me",
  "gmx.com",
  "gmx.de",
  "gmx.net",
  "web.de",
  "mail.com",
  "mail.ru",
  "yandex.com",
  "yandex.ru",
  "zoho.com",
  "tutanota.com",
  "fastmail.com",
  "hey.com",
  "qq.com",
  "foxmail.com",
  "163.com",
  "126.com",
  "yeah.net",
  "sina.com",
  "sina.cn",
  "sohu.com",
  "139.com",
  "aliyun.com",
] as const;

export type AccessRules = { allow: readonly string[]; block: readonly string[] };
export type RuleOutcome = "allow" | "block" | "review";

export function domainOf(email: string): string {
  return email.slice(email.lastIndexOf("@") + 1).toLowerCase();
}

const within = (domain: string, list: readonly string[]) => list.some((d) => domain === d || domain.endsWith(`.${d}`));

/** Block wins over allow: a competitor's subsidiary on the allow list by mistake is still refused. */
export function ruleFor(email: string, rules: AccessRules): RuleOutcome {
  const domain = domainOf(email);
  if (within(domain, rules.block) || within(domain, FREE_MAIL_DOMAINS)) return "block";
  if (within(domain, rules.allow)) return "allow";
  return "review";
}
