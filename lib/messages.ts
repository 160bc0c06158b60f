import type { Locale } from "./i18n";

// Interface text. The whitepaper itself lives in content/; this is only the frame around it.
const en = {
  skipToContent: "Skip to content",
  nav: { home: "Trust center", whitepaper: "Security whitepaper", status: "Live status", faq: "FAQ", questionnaire: "Questionnaires", documents: "Documents", search: "Search", primary: "Main" },
  languageSwitch: { label: "中文", hint: "阅读中文版", otherLocale: "zh" as Locale },
  home: {
    title: "Security at UpKeep",
    lead: "UpKeep protects its customers' data with strict controls from the physical layer to the application layer, so customers can concentrate on their maintenance work instead of infrastructure, security and operations.",
    readWhitepaper: "Read the security whitepaper",
    protectTitle: "How your data is protected",
    protect: [
      { title: "Hosted on AWS", text: "Infrastructure runs in Amazon's data centers, protected by physical and environmental controls.", href: "physical-security" },
      { title: "One database per application", text: "Each application keeps its customer data in its own access-controlled database.", href: "data-security" },
      { title: "Frequent snapshots", text: "Application data is snapshotted every 30 minutes and configuration every 3 hours.", href: "backups" },
      { title: "No routine staff access", text: "Staff do not access customer data in normal operations.", href: "customer-data-access" },
    ],
    certTitle: "Certifications held by our providers",
    certLead: "UpKeep runs in Amazon's data centers. These certifications are held by Amazon's data center operations, not by UpKeep:",
    certs: ["ISO 27001", "SOC 1 / SSAE 16 / ISAE 3402 (formerly SAS 70 Type II)", "PCI DSS Level 1", "FISMA Moderate", "Sarbanes-Oxley (SOX)"],
    certPayments: "Card payments are encrypted and processed by Stripe, which is a PCI DSS Level 1 service provider.",
    sectionsTitle: "The whitepaper, section by section",
  },
  whitepaper: {
    title: "Security whitepaper",
    lead: "How UpKeep protects customer data, from the data center floor to the application.",
    contents: "Contents",
  },
  section: {
    updated: "Last updated: ",
    previous: "Previous",
    next: "Next",
    wholeWhitepaper: "Read the whole whitepaper on one page",
    breadcrumb: "Breadcrumb",
  },
  copyLink: { label: "Copy link to", copied: "Link copied" },
  footer: { contact: "Security contact", securityTxt: "security.txt" },
  feedback: {
    question: "Did this answer your question?",
    yes: "Yes",
    no: "No",
    comment: "Anything we should add? (optional, not published)",
    send: "Send feedback",
    sending: "Sending…",
    thanks: "Thank you. Your feedback was recorded.",
    tooMany: "Too many votes from your connection; please try again in a minute.",
    failed: "Your feedback could not be sent. Please try again later.",
  },
  notFound: { title: "Page not found", text: "This page does not exist. The security whitepaper starts here:" },
};

export type Messages = typeof en;

const zh: Messages = {
  skipToContent: "跳到正文",
  nav: { home: "信任中心", whitepaper: "安全白皮书", status: "实时状态", faq: "常见问题", questionnaire: "问卷", documents: "文档", search: "搜索", primary: "主导航" },
  languageSwitch: { label: "English", hint: "阅读英文版", otherLocale: "en" },
  home: {
    title: "UpKeep 的安全保障",
    lead: "UpKeep 以从物理层到应用层的严格控制保护客户数据，让客户专注于自身的维护工作，而不必为基础设施、安全和运维操心。",
    readWhitepaper: "阅读安全白皮书",
    protectTitle: "我们如何保护您的数据",
    protect: [
      { title: "托管于 AWS", text: "基础设施运行在 Amazon 的数据中心内，受物理与环境控制措施保护。", href: "physical-security" },
      { title: "每个应用独立数据库", text: "每个应用的客户数据都存放在各自受访问控制的数据库中。", href: "data-security" },
      { title: "高频快照", text: "应用数据每 30 分钟创建一次快照，应用配置每 3 小时一次。", href: "backups" },
      { title: "员工日常不接触数据", text: "在日常运营中，员工不会访问客户数据。", href: "customer-data-access" },
    ],
    certTitle: "服务商持有的认证",
    certLead: "UpKeep 运行于 Amazon 的数据中心。以下认证由 Amazon 的数据中心运营持有，而非 UpKeep 自身：",
    certs: ["ISO 27001", "SOC 1 / SSAE 16 / ISAE 3402（前身为 SAS 70 Type II）", "PCI DSS 1 级", "FISMA 中级（Moderate）", "《萨班斯-奥克斯利法案》（SOX）"],
    certPayments: "银行卡支付由 Stripe 加密并处理，Stripe 是 PCI DSS 1 级服务商。",
    sectionsTitle: "白皮书各章节",
  },
  whitepaper: {
    title: "安全白皮书",
    lead: "UpKeep 如何保护客户数据：从数据中心机房到应用程序。",
    contents: "目录",
  },
  section: {
    updated: "最后更新：",
    previous: "上一节",
    next: "下一节",
    wholeWhitepaper: "在一页中阅读完整白皮书",
    breadcrumb: "页面路径",
  },
  copyLink: { label: "复制链接：", copied: "链接已复制" },
  footer: { contact: "安全联系邮箱", securityTxt: "security.txt" },
  feedback: {
    question: "这解答了您的问题吗？",
    yes: "是",
    no: "否",
    comment: "还有什么需要补充的吗？（选填，不会公开）",
    send: "提交反馈",
    sending: "正在提交…",
    thanks: "谢谢，您的反馈已记录。",
    tooMany: "您的网络提交次数过多，请一分钟后再试。",
    failed: "反馈未能提交，请稍后再试。",
  },
  notFound: { title: "页面不存在", text: "您访问的页面不存在。安全白皮书从这里开始：" },
};

const messages: Record<Locale, Messages> = { en, zh };

export function getMessages(locale: Locale): Messages {
  return messages[locale];
}
