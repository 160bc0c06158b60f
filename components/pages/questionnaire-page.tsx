import { JsonScript } from "@/components/content/json-ld";
import { QuestionnaireTool, type QuestionnaireToolProps } from "@/browser/questionnaire/questionnaire-tool";
import type { Evidence } from "@/browser/questionnaire/results-table";
import { getMessages } from "@/lib/i18n/catalogue";
import { fill } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import {
  QUESTIONNAIRE_PROPS_ID,
  QUESTIONNAIRE_ROOT_ID,
  QUESTIONNAIRE_SCRIPT,
} from "@/browser/contract/questionnaire-data";
import { site } from "@/lib/site/site";
import { describeReason, stateLabel } from "@/lib/status/describe";
import { getStatusView } from "@/lib/status/page-data";
import { effectiveState } from "@/lib/status/snapshot";

export type QuestionnairePageProps = { locale: Locale };

export async function QuestionnairePage({ locale }: QuestionnairePageProps) {
  const t = getMessages(locale).questionnaire;
  const { snapshot, items } = await getStatusView(locale);
  // Live state per control, as the tool shows and exports it; expired data reads as stale.
  const evidence: Evidence = Object.fromEntries(
    items.map((item) => {
      const state = effectiveState(item.state, snapshot);
      return [
        item.id,
        {
          state,
          text: `${stateLabel(state, locale)}: ${describeReason(item.reason, locale)} (${snapshot.generatedAt})`,
        },
      ];
    }),
  );
  // The tool's words travel with its props, so the browser bundle carries no catalogue.
  const tool: QuestionnaireToolProps = {
    locale,
    evidence,
    contact: site.securityContact,
    baseUrl: site.baseUrl,
    text: t.tool,
    errors: t.errors,
  };
  return (
    <div>
      <h1 className="text-3xl font-bold tracking-tight">{t.title}</h1>
      <p className="mt-3 max-w-3xl text-slate-700 dark:text-slate-300">
        {fill(t.lead, { company: site.company }, locale)}
      </p>
      {/* Rendered here and replaced in the browser by browser/islands/questionnaire.tsx from the same props.
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
