import type { Locale } from "@/lib/i18n";

// The documents pages' text, one catalogue per locale; the English one fixes the shape, so a key
// missing in Chinese is a type error.

/** The pages a form post ends on (303), each a static page in both locales. */
export const NOTICES = [
  "sent", "refused", "granted", "pending", "invalid", "limited", "unavailable", "link", "nda-changed", "decided", "no-grant",
  "nda-new", "stamp", "approved", "denied", "signed-in", "admin-link", "csrf",
] as const;
export type Notice = (typeof NOTICES)[number];

const en = {
  title: "Documents",
  lead: "Security documents UpKeep shares with customers and prospects. Public ones download at once; the others need a confirmed work email, the non-disclosure agreement and, for some, a person's approval. Every copy is marked with who it was prepared for.",
  demoNote: "The documents below are examples generated for this demo. UpKeep has not published any audit report, certificate or policy here.",
  none: "No documents are offered on this copy of the site.",
  elsewhere: "Request it on the trust center",
  access: { public: "Public", nda: "Needs the NDA", approval: "Needs the NDA and approval" },
  kind: { report: "Report", policy: "Policy", certificate: "Certificate", summary: "Summary", other: "Document" },
  version: "Version",
  validUntil: "Valid until",
  download: "Download",
  downloadHint: "Already have access? Download it here (you may be asked to confirm your email again).",
  request: "Request access",
  form: { name: "Name", email: "Work email", company: "Company", reason: "Why you need it (optional)", submit: "Send request", hint: "We send a link to this address; it works once, for 15 minutes." },
  nda: {
    title: "Non-disclosure agreement",
    lead: "Your email is confirmed once you accept. Please read the agreement; your acceptance is recorded with its version, the time, your IP address and browser.",
    version: "Version",
    effective: "Effective",
    accept: "I accept this agreement for my organisation",
    submit: "Accept and continue",
    requestFor: "Request for",
  },
  decide: {
    title: "Decide a document request",
    who: "Requested by",
    document: "Document",
    reason: "Reason",
    days: "Access for (days)",
    approve: "Approve",
    deny: "Deny",
  },
  signIn: { title: "Sign in to download", lead: "This link signs this browser in for 12 hours. It works once.", submit: "Sign in" },
  notices: {
    sent: { title: "Check your email", text: "If the address can receive documents, a link is on its way. Open it within 15 minutes to confirm your address and read the NDA." },
    refused: { title: "We cannot share documents with this address", text: "Please use your work email at the company you named. If you think this is a mistake, contact your UpKeep representative." },
    granted: { title: "Access granted", text: "Thank you. You can now download the document from the documents page; each copy is marked with your name." },
    pending: { title: "Waiting for approval", text: "Thank you. Someone at UpKeep will review your request; you will get an email when it is decided." },
    invalid: { title: "Please check the form", text: "A field was missing or not valid: the name, a work email address and the company are needed." },
    limited: { title: "Too many requests", text: "Please wait a few minutes before trying again." },
    unavailable: { title: "Please try again", text: "We could not store your request just now. Nothing was lost on your side; please try again in a minute." },
    link: { title: "This link no longer works", text: "Links work once and expire (15 minutes for email confirmation). Please request the document again." },
    "nda-changed": { title: "The agreement changed", text: "The NDA was updated while you were reading it. Please open your link again and read the current version." },
    decided: { title: "Already decided", text: "This request was decided already, perhaps by another approver." },
    "no-grant": { title: "No access to this document", text: "Your access has not been granted, has expired or was revoked, or this browser is not signed in. Please request the document again." },
    "nda-new": { title: "Please accept the new agreement", text: "The NDA changed since you accepted it. Request the document again to read and accept the current version." },
    stamp: { title: "The document could not be prepared", text: "We could not mark a copy for you, so nothing was sent. Please try again later." },
    approved: { title: "Request approved", text: "The requester gets an email with a sign-in link." },
    denied: { title: "Request denied", text: "The requester gets a short email." },
    "signed-in": { title: "Signed in", text: "This browser is signed in for 12 hours. Download the documents you have access to from the documents page." },
    "admin-link": { title: "Check your email", text: "If the address belongs to an approver, a sign-in link is on its way. It works once, for 15 minutes." },
    csrf: { title: "The form expired", text: "Please reload the page and try again." },
  } satisfies Record<Notice, { title: string; text: string }>,
  back: "Back to the documents",
};

export type DocumentsText = typeof en;

const zh: DocumentsText = {
  title: "文档",
  lead: "UpKeep 向客户和潜在客户提供的安全文档。公开文档可直接下载；其余文档需要确认工作邮箱、接受保密协议，部分文档还需人工审批。每份副本都会标明其提供对象。",
  demoNote: "以下文档是为本演示生成的示例。UpKeep 尚未在此发布任何审计报告、证书或制度文件。",
  none: "本站点副本不提供文档。",
  elsewhere: "前往信任中心申请",
  access: { public: "公开", nda: "需接受保密协议", approval: "需接受保密协议并经审批" },
  kind: { report: "报告", policy: "制度", certificate: "证书", summary: "摘要", other: "文档" },
  version: "版本",
  validUntil: "有效期至",
  download: "下载",
  downloadHint: "已有访问权限？请在此下载（可能需要再次确认邮箱）。",
  request: "申请访问",
  form: { name: "姓名", email: "工作邮箱", company: "公司", reason: "申请原因（选填）", submit: "提交申请", hint: "我们会向该邮箱发送一个链接，只能使用一次，15 分钟内有效。" },
  nda: {
    title: "保密协议",
    lead: "您接受协议后，邮箱即确认。请阅读协议；您的接受记录会保存协议版本、时间、IP 地址和浏览器信息。",
    version: "版本",
    effective: "生效日期",
    accept: "我代表本单位接受本协议",
    submit: "接受并继续",
    requestFor: "申请的文档",
  },
  decide: {
    title: "审批文档申请",
    who: "申请人",
    document: "文档",
    reason: "原因",
    days: "访问期限（天）",
    approve: "批准",
    deny: "拒绝",
  },
  signIn: { title: "登录以下载", lead: "此链接可让本浏览器登录 12 小时，只能使用一次。", submit: "登录" },
  notices: {
    sent: { title: "请查收邮件", text: "如果该邮箱可以接收文档，链接已在发送途中。请在 15 分钟内打开，确认邮箱并阅读保密协议。" },
    refused: { title: "我们无法向该邮箱提供文档", text: "请使用您所填公司的工作邮箱。如果您认为有误，请联系您在 UpKeep 的对接人。" },
    granted: { title: "已获得访问权限", text: "谢谢。您现在可以在文档页面下载该文档；每份副本都会标有您的姓名。" },
    pending: { title: "等待审批", text: "谢谢。UpKeep 的工作人员会审核您的申请，结果将通过邮件通知您。" },
    invalid: { title: "请检查表单", text: "有字段缺失或无效：需要填写姓名、工作邮箱和公司。" },
    limited: { title: "请求过于频繁", text: "请等待几分钟后再试。" },
    unavailable: { title: "请重试", text: "我们暂时无法保存您的申请。您这边没有任何损失，请一分钟后重试。" },
    link: { title: "此链接已失效", text: "链接只能使用一次，并会过期（邮箱确认链接为 15 分钟）。请重新申请该文档。" },
    "nda-changed": { title: "协议已更新", text: "您阅读期间保密协议已更新。请重新打开链接并阅读当前版本。" },
    decided: { title: "已处理", text: "该申请已被处理，可能是其他审批人所为。" },
    "no-grant": { title: "无权访问该文档", text: "您的访问权限尚未获批、已过期或已被撤销，或本浏览器尚未登录。请重新申请该文档。" },
    "nda-new": { title: "请接受新版协议", text: "自您接受以来保密协议已更新。请重新申请该文档，阅读并接受当前版本。" },
    stamp: { title: "无法准备该文档", text: "我们无法为您生成带标记的副本，因此没有发送任何内容。请稍后重试。" },
    approved: { title: "申请已批准", text: "申请人将收到一封带登录链接的邮件。" },
    denied: { title: "申请已拒绝", text: "申请人将收到一封简短的邮件。" },
    "signed-in": { title: "已登录", text: "本浏览器已登录 12 小时。请在文档页面下载您有权访问的文档。" },
    "admin-link": { title: "请查收邮件", text: "如果该邮箱属于审批人，登录链接已在发送途中。链接只能使用一次，15 分钟内有效。" },
    csrf: { title: "表单已过期", text: "请刷新页面后重试。" },
  },
  back: "返回文档页面",
};

export const documentsText: Record<Locale, DocumentsText> = { en, zh };
