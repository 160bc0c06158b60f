import { findDocument } from "@/lib/documents/catalog";
import { openDecideLink } from "@/lib/documents/decisions";
import { documentsDeps } from "@/lib/documents/service";
import { documentsText } from "@/lib/documents/text";
import { defaultLocale } from "@/lib/i18n/locales";
import { NoticePage } from "./notice-page";
import { buttonClass, inputClass, secondaryButtonClass } from "./ui";

export type DecidePageProps = { token: string };

/** An approver's mail link: who asks for what, and approve (for a number of days) or deny. */
export async function DecidePage({ token }: DecidePageProps) {
  const t = documentsText(defaultLocale);
  const deps = documentsDeps();
  const link = token ? await openDecideLink(deps, token).catch(() => undefined) : undefined;
  const store = link && (await deps.store());
  const request =
    link && store
      ? await store.db.selectFrom("document_requests").selectAll().where("id", "=", link.requestId).executeTakeFirst()
      : undefined;
  if (!request) return <NoticePage locale="en" notice="link" />;
  if (request.status !== "pending") return <NoticePage locale="en" notice="decided" />;
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="text-3xl font-bold tracking-tight">{t.decide.title}</h1>
      <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2">
        <dt className="font-medium">{t.decide.who}</dt>
        <dd>
          {request.name} &lt;{request.email}&gt;, {request.company}
        </dd>
        <dt className="font-medium">{t.decide.document}</dt>
        <dd>{findDocument(request.document_id)?.en.title ?? request.document_id}</dd>
        <dt className="font-medium">{t.decide.reason}</dt>
        <dd>{request.reason || "-"}</dd>
      </dl>
      <form method="post" action="/api/documents/decide" className="mt-6 flex flex-wrap items-end gap-4">
        <input type="hidden" name="token" value={token} />
        <label className="text-sm font-medium">
          {t.decide.days}
          <input name="days" type="number" min={1} max={3650} defaultValue={deps.grantDays} className={inputClass} />
        </label>
        <button type="submit" name="decision" value="approve" className={buttonClass}>
          {t.decide.approve}
        </button>
        <button type="submit" name="decision" value="deny" className={secondaryButtonClass}>
          {t.decide.deny}
        </button>
      </form>
    </div>
  );
}
