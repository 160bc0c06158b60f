type Outcome = "sent" | "tooMany" | "failed";

async function post(form: HTMLFormElement, helpful: boolean): Promise<Outcome> {
  const comment = (form.elements.namedItem("comment") as HTMLTextAreaElement | null)?.value.trim() ?? "";
  const { feedback: endpoint = "", section, locale } = form.dataset;
  try {
    const response = await fetch(endpoint, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ section, locale, helpful, ...(comment ? { comment } : {}) }),
      credentials: "omit",
    });
    return response.ok ? "sent" : response.status === 429 ? "tooMany" : "failed";
  } catch {
    return "failed";
  }
}

function choose(form: HTMLFormElement, button: HTMLButtonElement) {
  for (const choice of form.querySelectorAll<HTMLButtonElement>("button[data-helpful]"))
    choice.setAttribute("aria-pressed", String(choice === button));
  form.dataset.helpful = button.dataset.helpful;
  form.querySelector<HTMLElement>("[data-feedback-details]")?.removeAttribute("hidden");
}

async function send(form: HTMLFormElement) {
  if (form.dataset.helpful === undefined) return;
  const submit = form.querySelector<HTMLButtonElement>("button[type=submit]");
  const status = form.querySelector<HTMLElement>("[data-feedback-status]");
  const label = submit?.textContent ?? "";
  if (submit) [submit.disabled, submit.textContent] = [true, form.dataset.sending ?? label];
  const outcome = await post(form, form.dataset.helpful === "true");
  if (submit) [submit.disabled, submit.textContent] = [false, label];
  if (outcome === "sent") {
    // The question goes; the status line, already on the page, announces the thanks.
    for (const part of form.querySelectorAll<HTMLElement>("[data-feedback-choices], [data-feedback-details]"))
      part.hidden = true;
    status?.classList.add("text-emerald-800", "dark:text-emerald-300");
  }
  if (status) status.textContent = form.dataset[outcome === "sent" ? "thanks" : outcome] ?? "";
}

/** "Did this answer your question?" prompts (components/feedback/feedback-prompt.tsx). */
export function enableFeedback() {
  document.addEventListener("click", (event) => {
    const button = (event.target as Element | null)?.closest<HTMLButtonElement>(
      "form[data-feedback] button[data-helpful]",
    );
    const form = button?.form;
    if (button && form) choose(form, button);
  });
  document.addEventListener("submit", (event) => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || form.dataset.feedback === undefined) return;
    event.preventDefault();
    void send(form);
  });
}
