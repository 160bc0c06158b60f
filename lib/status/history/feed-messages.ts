import type { Locale } from "@/lib/i18n";

const en = {
  title: (site: string) => `${site}: live status changes`,
  description: "Every change of state of the live checks, from AWS Config.",
  entryTitle: (check: string, from: string, to: string) => `${check}: ${from} → ${to}`,
};
const zh: typeof en = {
  title: (site) => `${site}：实时状态变化`,
  description: "各项实时检查的每一次状态变化，数据来自 AWS Config。",
  entryTitle: (check, from, to) => `${check}：${from} → ${to}`,
};

export const feedMessages = (locale: Locale) => ({ en, zh })[locale];
