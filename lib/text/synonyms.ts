import { stemmer } from "stemmer";

// Security vocabulary said several ways. Each group maps to its first entry, so "2FA",
// "two-factor" and "MFA" meet in one term for search and for questionnaire matching. Single
// English words are looked up by their stem, so every form of a listed word joins its group;
// one written "=word" joins as written only ("provider" must not take in "provide").
export const SYNONYM_GROUPS: string[][] = [
  ["twofactor", "2fa", "mfa", "multifactor", "two factor", "multi factor", "two-factor", "multi-factor", "双因素", "多因素", "双重认证", "两步验证"],
  ["ddos", "denial of service", "dos", "distributed denial", "拒绝服务", "分布式拒绝服务"],
  ["backup", "backups", "snapshot", "snapshots", "recovery point", "备份", "快照", "恢复点"],
  ["firewall", "firewalls", "security group", "security groups", "防火墙", "安全组"],
  ["datacenter", "data center", "data centre", "datacentre", "facility", "facilities", "数据中心", "机房"],
  ["disaster", "disaster recovery", "dr", "business continuity", "灾难", "灾难恢复", "业务连续性"],
  ["vulnerability", "vulnerabilities", "vuln", "cve", "漏洞"],
  ["patch", "patches", "patching", "security update", "security updates", "补丁", "安全更新"],
  ["encrypt", "encrypted", "encryption", "tls", "ssl", "https", "加密"],
  ["cctv", "video surveillance", "surveillance", "camera", "cameras", "视频监控"],
  ["visitor", "visitors", "guest", "guests", "访客"],
  ["fire", "smoke", "sprinkler", "sprinklers", "suppression", "火灾", "灭火", "烟雾"],
  ["ups", "uninterruptible", "generator", "generators", "backup power", "power", "power supply", "power supplies", "不间断电源", "发电机", "电力"],
  ["hvac", "climate", "temperature", "humidity", "cooling", "气候", "温度", "湿度"],
  ["tenant", "tenants", "multitenant", "multi-tenant", "segregation", "segregated", "separation", "isolation", "isolated", "隔离", "租户"],
  ["password", "passwords", "密码"],
  ["ssh", "key", "keys", "public key", "密钥"],
  ["pci", "pci dss", "pci-dss", "cardholder", "card", "cards", "credit card", "payment", "payments", "银行卡", "信用卡", "支付"],
  ["aws", "amazon", "amazon web services", "cloud provider", "hosting provider", "亚马逊", "云服务商"],
  ["port scan", "port scanning", "portscan", "端口扫描"],
  ["spoofing", "spoof", "arp", "欺骗"],
  ["sniffing", "packet sniffing", "嗅探"],
  ["badge", "badges", "access card", "门禁"],
  ["revoke", "revoked", "revocation", "deprovision", "deprovisioned", "termination", "撤销"],
  ["outage", "downtime", "failure", "中断", "故障", "停机"],
  ["restore", "restored", "recovery", "recover", "恢复"],
  ["only", "solely", "exclusively"],
  ["sso", "single sign on", "single sign-on", "单点登录"],
  ["certification", "certifications", "certified", "certificate", "accredited", "attestation", "attestations", "compliance", "compliant", "认证", "合规"],
  ["system", "systems", "server", "servers", "operating system", "operating systems", "系统", "服务器", "操作系统"],
  ["staff", "employee", "employees", "personnel", "员工", "人员", "工作人员"],
  ["customer", "customers", "client", "clients", "agency", "客户"],
  ["thirdparty", "third party", "third parties", "3rd party", "=provider", "=providers", "subprocessor", "subprocessors", "sub processor", "sub processors", "第三方", "服务商"],
  ["rely", "relies", "reliance", "depend", "depends", "dependent", "dependency", "dependencies", "依赖", "依托"],
  // Qualifiers: the words that make a question ask for more than its topic (lib/questionnaire/qualifiers.ts).
  ["documented", "document", "documentation", "written", "formal", "formally", "formalized", "formalised", "书面", "文档", "成文", "正式"],
  ["policy", "policies", "政策", "制度", "方针"],
  ["tested", "test", "tests", "testing", "exercised", "drill", "drills", "测试", "演练"],
  ["annually", "annual", "yearly", "every year", "once a year", "每年", "年度"],
  ["quarterly", "every quarter", "每季度"],
  ["monthly", "every month", "每月"],
  ["regularly", "regular", "periodic", "periodically", "routine", "routinely", "ongoing", "定期", "例行", "周期性"],
  ["audited", "audit", "audits", "auditing", "auditor", "auditors", "auditable", "审计"],
  ["logged", "log", "logs", "logging", "日志", "记录"],
  ["monitored", "monitor", "monitoring", "监控", "监测"],
  ["reviewed", "review", "reviews", "reviewing", "审查", "复核", "审核", "评审", "复盘"],
  ["independent", "independently", "独立"],
  ["atrest", "at rest", "静态", "存储时"],
  ["intransit", "in transit", "传输中", "传输过程中"],
  ["device", "devices", "laptop", "laptops", "workstation", "workstations", "endpoint", "endpoints", "desktop", "desktops", "mobile device", "mobile devices", "byod", "设备", "笔记本", "终端"],
  ["office", "offices", "workplace", "headquarters", "办公室", "办公场所"],
  ["retention", "retain", "retained", "retaining", "保留", "留存"],
  ["approved", "approve", "approval", "批准", "审批"],
];

const isPhrase = (term: string) => /\s|\p{Script=Han}/u.test(term);
const lookup = new Map<string, string>();
for (const group of SYNONYM_GROUPS) {
  const head = group[0] ?? "";
  for (const entry of group) {
    const term = entry.replace(/^=/, "");
    lookup.set(term, head);
    // Short words stay as written: "ups" must not take in every "up".
    if (entry === term && !isPhrase(term) && /^[a-z]{5,}$/.test(term)) lookup.set(stemmer(term), head);
  }
}

/**
 * Synonyms replaced before words are split: multi-word ones ("denial of service") and Chinese
 * ones, which a word segmenter might cut apart. Longest first, so the longest phrase wins.
 */
export const PHRASES = SYNONYM_GROUPS.flat().filter(isPhrase).sort((a, b) => b.length - a.length);

/** The group a word (as written, or by its stem) belongs to; undefined when it has none. */
export function synonymOf(word: string, stem: string): string | undefined {
  return lookup.get(word) ?? (word.length > 4 ? lookup.get(stem) : undefined);
}

/** The canonical term of a phrase listed in a group. */
export function canonical(term: string): string {
  return lookup.get(term) ?? term;
}
