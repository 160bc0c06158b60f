// Security vocabulary said several ways. Each group maps to its first entry, so "2FA",
// "two-factor" and "MFA" meet in one term for search and for questionnaire matching.
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
  ["cctv", "video surveillance", "surveillance", "camera", "cameras", "视频监控", "监控"],
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
  ["audit", "audited", "auditing", "logged", "logging", "log", "logs", "审计", "记录"],
  ["outage", "downtime", "failure", "中断", "故障", "停机"],
  ["restore", "restored", "recovery", "recover", "恢复"],
  ["only", "solely", "exclusively"],
  ["sso", "single sign on", "single sign-on", "单点登录"],
  ["certification", "certifications", "certified", "attestation", "attestations", "compliance", "compliant", "认证", "合规"],
];

const lookup = new Map<string, string>();
for (const group of SYNONYM_GROUPS) for (const term of group) lookup.set(term, group[0] ?? term);

/**
 * Synonyms replaced before words are split: multi-word ones ("denial of service") and Chinese
 * ones, which a word segmenter might cut apart. Longest first, so the longest phrase wins.
 */
export const PHRASES = Array.from(lookup.keys()).filter((term) => /\s|\p{Script=Han}/u.test(term)).sort((a, b) => b.length - a.length);

export function canonical(term: string): string {
  return lookup.get(term) ?? term;
}
