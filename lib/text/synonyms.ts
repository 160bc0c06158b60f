import { stemmer } from "stemmer";

// Security vocabulary said several ways. Each group maps to its first entry, so "2FA",
// "two-factor" and "MFA" meet in one term for search and for questionnaire matching. Single
// English words are looked up by their stem, so every form of a listed word joins its group;
// one written "=word" joins as written only ("provider" must not take in "provide").
// One group per line reads as a table; Prettier would put each word on a line of its own.
// prettier-ignore
export const SYNONYM_GROUPS: string[][] = [
  ["twofactor", "2fa", "mfa", "multifactor", "two factor", "multi factor", "two-factor", "multi-factor", "two step", "2 step", "2sv", "双因素", "多因素", "双重认证", "两步验证"],
  ["ddos", "denial of service", "dos", "distributed denial", "拒绝服务", "分布式拒绝服务"],
  ["backup", "backups", "back up", "backed up", "backing up", "snapshot", "snapshots", "recovery point", "archive", "archives", "archiving", "archival", "备份", "快照", "恢复点", "归档", "存档"],
  ["firewall", "firewalls", "security group", "security groups", "packet filter", "packet filtering", "防火墙", "安全组"],
  // A web application firewall filters requests to an application; it is not a network firewall.
  ["waf", "web application firewall", "web application firewalls", "web应用防火墙", "web 应用防火墙"],
  ["datacenter", "data center", "data centre", "datacentre", "facility", "facilities", "colocation", "server room", "server rooms", "computer room", "数据中心", "机房"],
  ["disaster", "disaster recovery", "dr", "business continuity", "continuity", "bcp", "灾难", "灾难恢复", "业务连续性"],
  ["vulnerability", "vulnerabilities", "vuln", "cve", "漏洞"],
  ["patch", "patches", "patching", "hotfix", "hotfixes", "security update", "security updates", "补丁", "安全更新"],
  ["encrypt", "encrypted", "encryption", "cryptography", "cipher", "ciphers", "algorithm", "algorithms", "tls", "ssl", "https", "加密", "算法"],
  // Keys that encrypt data are another thing than the keys staff sign in with.
  ["cryptokey", "encryption key", "cryptographic key", "key length", "key size", "key management", "key rotation", "key storage", "kms", "hsm", "hardware security module", "customer managed key", "bring your own key", "byok", "加密密钥", "密钥管理", "密钥轮换"],
  ["cctv", "video surveillance", "surveillance", "camera", "cameras", "closed circuit", "视频监控", "监控摄像"],
  ["guard", "guards", "security guard", "security staff", "security personnel", "保安", "安保人员", "警卫"],
  ["ciso", "chief information security officer", "chief security officer", "security officer", "首席信息安全官"],
  ["perimeter", "fence", "fences", "fencing", "周界", "围栏"],
  ["visitor", "visitors", "guest", "guests", "访客"],
  ["fire", "smoke", "sprinkler", "sprinklers", "suppression", "extinguisher", "extinguishers", "water based", "wet pipe", "dry pipe", "pre action", "deluge", "火灾", "灭火", "烟雾", "消防"],
  ["gaseous", "gas", "gas based", "inert gas", "clean agent", "气体"],
  // Water detection warns of leaks and floods; it is not fire suppression that uses water.
  ["waterdetection", "water detection", "leak detection", "water leak", "water leakage", "flood detection", "flood sensor", "water sensor", "漏水检测", "水浸检测", "水浸", "漏水"],
  ["ups", "uninterruptible", "=generator", "=generators", "battery", "batteries", "backup power", "backup generator", "standby generator", "diesel generator", "power", "power supply", "power supplies", "electrical", "electricity", "不间断电源", "发电机", "电力", "电源", "供电", "电池", "电气"],
  ["hvac", "climate", "temperature", "humidity", "cooling", "air conditioning", "ventilation", "heating", "overheating", "chiller", "chillers", "气候", "温度", "湿度", "空调", "暖通", "通风", "制冷"],
  ["tenant", "tenants", "multitenant", "multi-tenant", "segregation", "segregated", "separation", "isolation", "isolated", "隔离", "租户"],
  ["segment", "segmentation", "segmented", "vlan", "vlans", "dmz", "分段", "网段"],
  ["outbound", "egress", "outgoing", "出站"],
  ["inbound", "ingress", "incoming", "入站"],
  ["password", "passwords", "passphrase", "passphrases", "密码", "口令"],
  // A bare "key" is said of encryption keys as often as of sign-in keys: it joins neither.
  ["ssh", "ssh key", "public key", "私钥", "公钥"],
  ["pci", "pci dss", "pci-dss", "cardholder", "card", "cards", "credit card", "payment", "payments", "银行卡", "信用卡", "支付"],
  ["badge", "badges", "access card", "swipe card", "key card", "keycard", "smart card", "proximity card", "card reader", "card readers", "门禁"],
  ["aws", "amazon", "amazon web services", "cloud provider", "hosting provider", "cloud service provider", "cloud hosting provider", "亚马逊", "云服务商"],
  ["port scan", "port scanning", "portscan", "端口扫描"],
  ["spoofing", "spoof", "arp", "欺骗"],
  ["sniffing", "packet sniffing", "eavesdropping", "eavesdrop", "嗅探", "窃听"],
  ["revoke", "revoked", "revocation", "deprovision", "deprovisioned", "termination", "offboarding", "撤销"],
  ["outage", "downtime", "disruption", "interruption", "中断", "故障", "停机"],
  ["restore", "restored", "restoration", "recovery", "recover", "resume", "resumption", "恢复"],
  ["loss", "lost", "=lose", "losing", "丢失"],
  ["number", "how many", "数量"],
  ["redundant", "redundancy", "high availability", "failover", "fail over", "fault tolerance", "fault tolerant", "resilience", "resilient", "冗余", "高可用", "容错"],
  ["only", "solely", "exclusively"],
  // Said of a condition, not a security event: these join the function words.
  ["if", "in the event of", "in the event that", "in case of"],
  ["restrict", "restricted", "restriction", "restrictions", "limit", "limited", "limits", "限制"],
  ["vendormanagement", "vendor management", "vendor risk", "vendor assessment", "vendor review", "supplier management", "supplier risk", "supplier assessment", "third party risk", "third party management", "供应商管理", "供应商风险"],
  ["leastprivilege", "least privilege", "need to know", "legitimate need", "legitimate business need", "business need", "最小权限", "知所必需"],
  ["sso", "single sign on", "single sign-on", "saml", "federation", "federated", "identity provider", "单点登录"],
  ["certification", "certifications", "certified", "certificate", "accredited", "attestation", "attestations", "compliance", "compliant", "=comply", "=complies", "=complying", "security standard", "compliance standard", "认证", "合规", "安全标准"],
  ["system", "systems", "server", "servers", "operating system", "operating systems", "系统", "服务器", "操作系统"],
  ["staff", "employee", "employees", "personnel", "workforce", "员工", "人员", "工作人员"],
  ["customer", "customers", "client", "clients", "agency", "客户"],
  ["thirdparty", "third party", "third parties", "3rd party", "=provider", "=providers", "subprocessor", "subprocessors", "sub processor", "sub processors", "subcontractor", "subcontractors", "outsource", "outsourced", "outsourcing", "第三方", "服务商", "外包"],
  // Not "dependencies": in security questionnaires those are mostly software libraries.
  ["rely", "relies", "reliance", "dependency on", "dependencies on", "=depend", "=depends", "=dependent", "=depending", "=dependence", "依赖", "依托"],
  ["current", "up to date", "latest", "最新"],
  // A standard build of a system: its baseline, golden or standard image, hardening standard.
  ["baseline", "baselines", "golden image", "standard image", "base image", "基线", "标准镜像", "黄金镜像"],
  // Security vocabulary the whitepaper does not use: one term each, so that a question about one
  // of them is about one unknown thing, never about the common words its name is made of
  // ("penetration testing" is not "tested", "change management" is not configuration management).
  ["pentest", "penetration test", "penetration tests", "penetration testing", "pen test", "pen tests", "pen testing", "pentests", "pentesting", "渗透测试"],
  ["training", "train", "trained", "awareness", "education", "培训", "意识"],
  ["bgcheck", "background check", "background screening", "background investigation", "pre employment screening", "vetting", "vetted", "背景调查", "背景审查"],
  ["riskassess", "risk assessment", "risk analysis", "risk management", "risk register", "风险评估", "风险管理"],
  ["changemgmt", "change management", "change control", "change request", "change advisory board", "变更管理", "变更控制"],
  ["malware", "anti malware", "antimalware", "antivirus", "anti virus", "virus", "viruses", "endpoint protection", "edr", "恶意软件", "病毒"],
  ["siem", "security information and event management", "log management", "log aggregation", "安全信息和事件管理"],
  ["dlp", "data loss prevention", "data leakage prevention", "data leak prevention", "数据防泄漏"],
  ["deletion", "delete", "deleted", "erase", "erasure", "purge", "purged", "dispose", "disposal", "destroy", "destruction", "sanitize", "sanitise", "sanitization", "sanitisation", "degauss", "degaussing", "wipe", "wiping", "shred", "shredding", "删除", "销毁", "清除"],
  ["privacy", "pii", "personal data", "personal information", "personally identifiable information", "个人信息", "隐私"],
  ["notify", "notification", "notifications", "=inform", "=informs", "=informed", "=informing", "通知", "告知"],
  // What a contract says: the whitepaper is none.
  ["contract", "contracts", "contractual", "contractually", "sla", "slas", "service level agreement", "service level", "service levels", "terms of service", "terms and conditions", "master services agreement", "data processing agreement", "合同", "服务水平协议", "服务条款"],
  ["prioritize", "prioritise", "prioritized", "prioritised", "prioritization", "prioritisation", "priority", "priorities", "rank", "ranked", "ranking", "triage", "triaged", "优先级", "排序", "分级"],
  ["frequency", "frequencies", "schedule", "schedules", "interval", "intervals", "cadence"],
  // A government's demand for data is a legal one.
  ["legal", "law", "laws", "lawful", "government", "governments", "authorities", "court order", "court orders", "subpoena", "subpoenas", "warrant", "warrants", "law enforcement", "法律", "法院命令", "执法"],
  ["location", "locations", "country", "countries", "region", "regions", "jurisdiction", "jurisdictions", "geographic", "geographical", "地理位置", "国家", "地区", "司法管辖区"],
  // Qualifiers: the words that make a question ask for more than its topic (lib/questionnaire/qualifiers.ts).
  ["documented", "document", "documentation", "written", "formal", "formally", "formalized", "formalised", "=plan", "=plans", "形成书面文件", "书面文件", "书面", "文档", "成文", "正式", "计划", "预案"],
  ["policy", "policies", "政策", "制度", "方针"],
  ["tested", "test", "tests", "testing", "exercised", "drill", "drills", "测试", "演练"],
  ["annually", "annual", "yearly", "every year", "once a year", "每年", "年度"],
  ["quarterly", "every quarter", "每季度"],
  ["monthly", "every month", "每月"],
  ["regularly", "regular", "periodic", "periodically", "routine", "routinely", "ongoing", "定期", "例行", "周期性"],
  ["audited", "audit", "audits", "auditing", "auditor", "auditors", "auditable", "审计"],
  ["logged", "log", "logs", "logging", "日志", "记录"],
  ["monitored", "monitor", "monitoring", "alert", "alerts", "alerting", "alarm", "alarms", "监控", "监测", "告警", "报警"],
  ["reviewed", "review", "reviews", "reviewing", "审查", "复核", "审核", "评审", "复盘"],
  ["independent", "independently", "独立"],
  ["atrest", "at rest", "静态", "存储时"],
  ["intransit", "in transit", "传输中", "传输过程中"],
  ["device", "devices", "laptop", "laptops", "workstation", "workstations", "endpoint", "endpoints", "desktop", "desktops", "mobile device", "mobile devices", "byod", "设备", "笔记本", "终端"],
  ["office", "offices", "workplace", "办公室", "办公场所"],
  // Where a company is registered says nothing about how its offices are secured.
  ["headquarters", "head office", "head offices", "registered office", "总部", "注册地址"],
  ["retention", "retain", "retained", "retaining", "保留", "留存"],
  ["approved", "approve", "approval", "批准", "审批"],
];

const isPhrase = (term: string) => /\s|\p{Script=Han}/u.test(term);
const lookup = new Map<string, string>();
// A word joins by its stem only when it also starts like the listed word: Porter gives
// "generator" and "general" one stem, and "general" is not about power.
const byStem = new Map<string, { head: string; start: string }[]>();
for (const group of SYNONYM_GROUPS) {
  const head = group[0] ?? "";
  for (const entry of group) {
    const term = entry.replace(/^=/, "");
    lookup.set(term, head);
    // Short words stay as written: "ups" must not take in every "up".
    if (entry === term && !isPhrase(term) && /^[a-z]{5,}$/.test(term)) {
      const stem = stemmer(term);
      const list = byStem.get(stem) ?? [];
      // "resume" also starts "resuming": a final e may drop.
      list.push({
        head,
        start: term.slice(0, Math.min(term.endsWith("e") ? term.length - 1 : term.length, stem.length + 2)),
      });
      byStem.set(stem, list);
    }
  }
}

/**
 * Synonyms replaced before words are split: multi-word ones ("denial of service") and Chinese
 * ones, which a word segmenter might cut apart. Longest first, so the longest phrase wins.
 */
export const PHRASES = SYNONYM_GROUPS.flat()
  .filter(isPhrase)
  .sort((a, b) => b.length - a.length);

/** The group a word (as written, or by its stem) belongs to; undefined when it has none. */
export function synonymOf(word: string, stem: string): string | undefined {
  if (lookup.has(word)) return lookup.get(word);
  if (word.length <= 4) return undefined;
  return byStem.get(stem)?.find((e) => word.startsWith(e.start))?.head;
}

/** The canonical term of a phrase listed in a group. */
export function canonical(term: string): string {
  return lookup.get(term) ?? term;
}
