import { z } from "zod";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { DOCUMENT_ID } from "./source";
import { DocumentsError } from "./errors";

export type RequestInput = {
  documentId: string;
  name: string;
  email: string;
  company: string;
  reason: string;
  locale: Locale;
};

const field = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine((v) => !/[\u0000-\u001f\u007f]/.test(v), "must not contain control characters");

const schema = z.object({
  document: z.string().regex(DOCUMENT_ID),
  name: field(120),
  email: z.string().trim().toLowerCase().max(254).pipe(z.email()),
  company: field(120),
  reason: z.string().trim().max(1000).default(""),
  locale: z.string().refine(isLocale),
});

/** The request form's fields, checked; a bad one throws `invalid` naming the field. */
export function parseRequestForm(form: FormData | Record<string, string>): RequestInput {
  const raw =
    form instanceof FormData
      ? Object.fromEntries([...form.entries()].map(([k, v]) => [k, typeof v === "string" ? v : ""]))
      : form;
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue?.path[0] ?? "form");
    throw new DocumentsError("invalid", `${name}: ${issue?.message ?? "invalid"}`, { field: name });
  }
  const { document, locale, ...rest } = parsed.data;
  return { ...rest, documentId: document, locale: locale as Locale };
}
