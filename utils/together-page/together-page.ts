import { browser, type ContentScriptContext } from '#imports';
import { plural, setMessages, t } from '../i18n/i18n';
import type { Request, TogetherPageState } from '../protocol/messages';
import type { ValueName } from '../contracts/values';
import { setInputValue } from '../dom/set-input-value';
import { findTogetherField } from '../together/form';
import { isSystemId, togetherName, SYSTEM_BASICS, type SystemId } from '../systems/catalog';
import { WAITING_FOR } from '../together/waiting';
import { chosenLanguage } from '../in-page/language';
import { listenToBackground } from '../in-page/listen';
import { createNotice } from '../in-page/notice';
import { createOverlay } from '../in-page/overlay';
import { advanceTogether, fillTogetherForm, newTogetherMemory, stillTheForm, type TogetherMemory } from './together-fill';
import { saveWatcher } from './together-save';
import type { SaveAnswer } from '../together/save-answer';

const OUTLINE_MS = 15_000;
/** Look again this long after the page changes (the app renders in bursts). */
const SETTLE_MS = 100;
/** And at least this often while armed: attribute-only changes (hidden, aria-expanded) are not observed. */
const POLL_MS = 400;
/** After a fill, values stay this long to put back a field the app re-rendered empty. */
const GUARD_MS = 5_000;

const send = (message: Request) => browser.runtime.sendMessage(message).catch(() => null);

/**
 * The app may re-render its form right after the fill (a new element, empty): put the value back
 * into the new field, for a few seconds, and only while this is still the integrations form (not
 * once the app moved to another section or to its sign-in form). A field the admin changed is
 * left alone.
 */
function guardFill(
  ctx: ContentScriptContext,
  system: SystemId,
  values: Partial<Record<ValueName, string>>,
  filled: Map<ValueName, HTMLElement>,
) {
  const until = performance.now() + GUARD_MS;
  const form = SYSTEM_BASICS[system].together;
  const check = () => {
    if (performance.now() > until || !ctx.isValid) return;
    if (!stillTheForm(window, system)) return;
    for (const [name, el] of filled) {
      if (el.isConnected) continue;
      const fresh = findTogetherField(document, form, name);
      if (fresh && fresh.value === '' && values[name] !== undefined) {
        setInputValue(fresh, values[name]);
        filled.set(name, fresh);
      }
    }
    ctx.setTimeout(check, 200);
  };
  ctx.setTimeout(check, 200);
}

/** Together's answer to the admin's Save, told to the background; once it saved, our "press Save" notice has had its say. */
const reportSave = (notice: { hide(): void }) => (answer: SaveAnswer) => {
  if (answer.outcome === 'saved') notice.hide();
  void send({ type: 'together/saved', ...answer });
};

/**
 * Together's settings page, where a Send writes its values. While a fill is armed
 * for this tab it watches the page (Together boots late and re-renders), opens the provider's form
 * the way the admin would, says on the page what it waits for, and tells the background when the
 * form is there; the background then sends the values (`to-together/fill`). After the fill it watches
 * the admin's own Save and Together's answer (`together/saved`). Top frame only.
 */
/**
 * The notice in the language chosen in Options (content scripts cannot read settings); then asks
 * whether a fill waits for this page (it may have loaded after a sign-in or a slow start).
 */
function greet(arm: (system: SystemId) => void) {
  void chosenLanguage()
    .then((choice) => {
      if (choice) setMessages(choice);
      return send({ type: 'together/hello' });
    })
    .then((reply) => {
      const system = (reply as { ok?: boolean; data?: unknown } | null)?.data;
      if (isSystemId(system)) arm(system);
    });
}

export function runTogetherPage(ctx: ContentScriptContext) {
  if (window.top !== window) return;
  const outline = createOverlay(ctx, 'highlight');
  const notice = createNotice(ctx);
  let armed: SystemId | null = null;
  let memory: TogetherMemory = newTogetherMemory(performance.now());
  let reported: TogetherPageState | null = null;
  let timer: number | undefined;
  let poll: number | undefined;
  /** After a fill: the admin's Save and Together's answer, told to the background (the guide closes the loop). */
  const save = saveWatcher(ctx, reportSave(notice));
  const observer = new MutationObserver(() => schedule());

  function schedule() {
    if (armed && timer === undefined) timer = ctx.setTimeout(look, SETTLE_MS);
  }

  function look() {
    timer = undefined;
    if (!armed) return;
    const state = advanceTogether(document, armed, memory, performance.now());
    // Only a change is reported (the background asks again with `to-together/arm` when it needs to).
    if (state !== reported) {
      reported = state;
      const key = state === 'form' ? undefined : WAITING_FOR[state];
      if (key) notice.show(t(key, togetherName(armed)));
      void send({ type: 'together/status', state });
    }
    if (state === 'choosing') schedule();
  }

  function arm(system: SystemId) {
    if (armed === system) {
      // Asked again (the background did not hear us, or restarted): say what the page shows again.
      reported = null;
      schedule();
      return;
    }
    armed = system;
    memory = newTogetherMemory(performance.now());
    reported = null;
    observer.observe(document.documentElement, { childList: true, subtree: true });
    poll = ctx.setInterval(look, POLL_MS);
    look();
  }

  function disarm() {
    armed = null;
    observer.disconnect();
    if (poll !== undefined) clearInterval(poll);
    poll = undefined;
  }

  listenToBackground(ctx, {
    'to-page/language'(msg) {
      setMessages(msg.choice);
    },
    'to-together/arm'(msg) {
      save.stop();
      arm(msg.system);
    },
    'to-together/disarm'() {
      disarm();
      notice.hide();
    },
    'to-together/fill'(msg) {
      const { report, elements } = fillTogetherForm(window, msg.system, msg.values);
      // Not filled (the form was not ready after all): the next look says "form" again when it is.
      if (report.state !== 'filled') reported = null;
      if (report.state === 'filled') {
        disarm();
        notice.show(plural(report.filled.length, 'together_filled_one', 'together_filled_other'));
        outline.highlight(elements);
        ctx.setTimeout(() => outline.highlight([]), OUTLINE_MS);
        guardFill(ctx, msg.system, msg.values, new Map(report.filled.map((n, i) => [n, elements[i]!])));
        save.watch(elements);
      }
      return report;
    },
  });

  greet(arm);
}
