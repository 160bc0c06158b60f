import { JsonScript } from "@/components/content/json-ld";
import { QuestionnaireTool, type QuestionnaireToolProps } from "@/components/questionnaire/questionnaire-tool";
import type { Evidence } from "@/components/questionnaire/results-table";
import type { Locale } from "@/lib/i18n";
import { QUESTIONNAIRE_PROPS_ID, QUESTIONNAIRE_ROOT_ID, QUESTIONNAIRE_SCRIPT } from "@/lib/islands/questionnaire-data";
import { site } from "@/lib/site";
import { describeReason, stateLabel } from "@/lib/status/describe";
import { getStatusView } from "@/lib/status/page-data";
import { effectiveState } from "@/lib/status/snapshot";

export type QuestionnairePageProps = { locale: Locale };

const TEXT = {
  en: {
    title: "Answer a security questionnaire",
    lead: "Paste your questions or drop your spreadsheet. Each question gets a short answer written by UpKeep, a link to the section that backs it and, where there is one, the live evidence; questions this site does not cover say so. Review, edit and export the answers into the same spreadsheet. Everything happens in your browser: nothing is uploaded.",
  },
  zh: {
    title: "回答安全问卷",
    lead: "粘贴问题或拖入问卷表格。每个问题都会得到 UpKeep 撰写的简短答案、支撑该答案的章节链接，以及（如有）实时证据；本站未涵盖的问题会如实标明。您可以审阅、编辑答案，并导出回同一份表格。所有处理都在您的浏览器中完成，不会上传任何内容。",
  },
};

export async function QuestionnairePage({ locale }: QuestionnairePageProps) {
  const t = TEXT[locale];
  const { snapshot, items } = await getStatusView(locale);
  // Live state per control, as the tool shows and exports it; expired data reads as stale.
  const evidence: Evidence = Object.fromEntries(
    items.map((item) => {
      const state = effectiveState(item.state, snapshot);
      return [item.id, { state, text: `${stateLabel(state, locale)}: ${describeReason(item.reason, locale)} (${snapshot.generatedAt})` }];
    }),
  );
  const tool: QuestionnaireToolProps = { locale, evidence, contact: site.securityContact, baseUrl: site.baseUrl };
  return (
    <div>
      <h1 className="text-3xl font-bold tracking-tight">{t.title}</h1>
      <p className="mt-3 max-w-3xl text-slate-700 dark:text-slate-300">{t.lead}</p>
      {/* Rendered here and replaced in the browser by lib/islands/questionnaire.tsx from the same props.
          Until then the copy is disabled: a file chosen in it would be dropped when it is replaced. */}
      <div id={QUESTIONNAIRE_ROOT_ID} className="mt-8">
        <fieldset disabled className="contents">
          <QuestionnaireTool {...tool} />
        </fieldset>
      </div>
      <JsonScript id={QUESTIONNAIRE_PROPS_ID} data={tool} />
      <script type="module" src={QUESTIONNAIRE_SCRIPT} defer />
    </div>
  );
}
