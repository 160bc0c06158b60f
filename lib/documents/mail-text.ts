import type { Locale } from "@/lib/i18n";

// The flow's mail, plain text in the reader's language; approvers get theirs in English and
// Chinese, since the config does not say which they read.

const verify = {
  en: (title: string, link: string) => ({
    subject: "Confirm your email to request a document",
    text: `You asked for "${title}" on the UpKeep Trust Center.\n\nOpen this link within 15 minutes to confirm your address and read the non-disclosure agreement:\n\n${link}\n\nThe link works once. If you did not ask for this, ignore this message: nothing happens without the link.\n`,
  }),
  zh: (title: string, link: string) => ({
    subject: "请确认您的邮箱以申请文档",
    text: `您在 UpKeep 信任中心申请了《${title}》。\n\n请在 15 分钟内打开以下链接，确认您的邮箱并阅读保密协议：\n\n${link}\n\n该链接只能使用一次。如果这不是您本人的申请，请忽略本邮件：没有该链接，什么都不会发生。\n`,
  }),
};

const granted = {
  en: (title: string, link: string, until: string) => ({
    subject: "Your access to a document was approved",
    text: `Your request for "${title}" was approved; your access lasts until ${until}.\n\nOpen this link to sign in and download it (it works once, for 7 days):\n\n${link}\n`,
  }),
  zh: (title: string, link: string, until: string) => ({
    subject: "您的文档访问申请已获批准",
    text: `您对《${title}》的申请已获批准，访问权限有效期至 ${until}。\n\n打开以下链接登录并下载（仅可使用一次，7 天内有效）：\n\n${link}\n`,
  }),
};

const denied = {
  en: (title: string) => ({
    subject: "About your request for a document",
    text: `We could not approve your request for "${title}" at this time. If you think this is a mistake, reply to your UpKeep contact.\n`,
  }),
  zh: (title: string) => ({
    subject: "关于您的文档申请",
    text: `我们目前无法批准您对《${title}》的申请。如果您认为有误，请联系您在 UpKeep 的对接人。\n`,
  }),
};

export const mailText = { verify, granted, denied } satisfies Record<string, Record<Locale, (...args: string[]) => { subject: string; text: string }>>;

/** To approvers: who asked for what, and one link to decide (the page asks approve or deny). */
export function approverMail(input: { name: string; email: string; company: string; reason: string; title: string; link: string }) {
  const { name, email, company, reason, title, link } = input;
  return {
    subject: `Document request: ${company} (${email})`,
    text: `${name} <${email}> of ${company} asks for "${title}".\nReason: ${reason || "(none given)"}\n\nApprove or deny (the link works once, for 7 days):\n${link}\n\nOr sign in to /admin.\n\n文档申请：${company} 的 ${name}（${email}）申请《${title}》。请打开上面的链接批准或拒绝。\n`,
  };
}
