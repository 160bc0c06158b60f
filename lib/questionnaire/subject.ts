// "Does Acme…", "Does your organisation…" and "Do you…" are the same question: whoever the
// questionnaire names as the vendor becomes "you", which the tokenizer drops as a function word.

const GENERIC =
  /\b(?:your|the|this|our)\s+(?:(?:cloud\s+)?service\s+providers?|organi[sz]ations?|company|companies|firm|business|vendors?|suppliers?|enterprise|institution)(?:['’]s)?\b/gi;
// A name in the subject's place: after the verb that opens the question, capitalised words
// followed by a lower-case one ("Does Fleet have…", "Will Acme Corp allow…", "Is Acme's…").
// The opening verb in either case ("Does", "does"); the name itself must be capitalised.
const VERB = "does do is are has have will would can could should did was were may must"
  .split(" ")
  .map((v) => `[${v.charAt(0).toUpperCase()}${v.charAt(0)}]${v.slice(1)}`)
  .join("|");
const NAMED = new RegExp(
  String.raw`^\W*(?:${VERB})\s+((?:[A-Z][\w&.-]*)(?:\s+(?:[A-Z][\w&.-]*|&))*?)(?:['’]s)?\s+(?=[a-z])`,
);
const ACRONYM = /^[A-Z0-9&.-]+$/;

/**
 * The question with the vendor's name or description replaced by "you". `known` names terms the
 * site itself uses (AWS, Stripe): a question about them is not about the vendor.
 */
export function neutralSubject(question: string, company: string, known: (name: string) => boolean): string {
  let text = question.replace(GENERIC, "you");
  if (company)
    text = text.replace(new RegExp(`\\b${company.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?:['’]s)?\\b`, "g"), "you");
  const name = NAMED.exec(text)?.[1];
  if (name && !ACRONYM.test(name) && !known(name)) {
    text = text.replace(new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?:['’]s)?\\b`, "g"), "you");
  }
  return text;
}
