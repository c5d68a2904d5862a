import type { ContentScriptContext } from '#imports';
import { answerTexts, saveAnswer, saveControlAt, type SaveAnswer } from '../together/save-answer';

/** How long after the admin's Save Together's answer is looked for. */
const ANSWER_WITHIN_MS = 15_000;
/** Look again this long after the page changes (apps render an answer in bursts). */
const SETTLE_MS = 100;

/**
 * After a fill: the admin's own Save of Together's form — a person's click on a control whose face
 * says Save (in the filled form, or outside any form), or a person's submit of the filled form
 * (Enter in a field) — and Together's answer to it, reported once per Save. It keeps watching, since
 * a Save that failed is pressed again; `stop` ends it. Costs nothing until a Save: two listeners.
 */
export function watchTogetherSave(ctx: ContentScriptContext, form: HTMLFormElement | null, report: (answer: SaveAnswer) => void) {
  const listening = new AbortController();
  let before: Map<Element, string> | null = null;
  let until = 0;
  let timer: number | undefined;
  const observer = new MutationObserver(() => {
    if (timer === undefined) timer = ctx.setTimeout(look, SETTLE_MS);
  });

  function look() {
    timer = undefined;
    if (!before || !ctx.isValid) return;
    const answer = saveAnswer(document, before, form?.isConnected ? form : null);
    if (answer) report(answer);
    if (answer || performance.now() > until) quiet();
  }
  function quiet() {
    observer.disconnect();
    before = null;
  }
  function pressed() {
    if (before) return; // the click and the submit it causes are one Save
    before = answerTexts(document);
    until = performance.now() + ANSWER_WITHIN_MS;
    observer.observe(document.documentElement, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['hidden', 'class', 'style', 'aria-invalid'],
    });
    ctx.setTimeout(look, ANSWER_WITHIN_MS + SETTLE_MS);
  }
  /** Another form's Save (Together's own API keys, say) is not this one's. */
  const ours = (el: Element) => {
    const owner = el.closest('form');
    return !owner || !form || owner === form || !form.isConnected;
  };

  const options = { capture: true, signal: listening.signal };
  window.addEventListener(
    'click',
    (e) => {
      const control = e.isTrusted ? saveControlAt(e.target) : null;
      if (control && ours(control)) pressed();
    },
    options,
  );
  window.addEventListener(
    'submit',
    (e) => {
      if (e.isTrusted && e.target instanceof Element && ours(e.target)) pressed();
    },
    options,
  );
  ctx.onInvalidated(() => listening.abort());

  return {
    stop() {
      listening.abort();
      quiet();
    },
  };
}

/** The page's one Save watch: started on each fill's fields (a new fill replaces it), stopped when a new Send arms the page. */
export function saveWatcher(ctx: ContentScriptContext, report: (answer: SaveAnswer) => void) {
  let current: { stop(): void } | null = null;
  return {
    watch(fields: readonly HTMLElement[]) {
      current?.stop();
      const form = fields.map((el) => (el as HTMLInputElement).form).find(Boolean) ?? null;
      current = watchTogetherSave(ctx, form, report);
    },
    stop() {
      current?.stop();
      current = null;
    },
  };
}
