import type { ContentScriptContext } from '#imports';
import { outlineLines } from '../dom/outline';
import { setMessages } from '../i18n/i18n';
import { chosenLanguage } from '../in-page/language';
import { createLauncher } from '../in-page/launcher';
import { listenToBackground } from '../in-page/listen';

/** One part of a system's content script, started on its own. */
export type ScriptPart = (ctx: ContentScriptContext) => void;

/**
 * A system's one content script (issue 27: one script, one runtime, one start-up per page): its
 * guide, the side panel's launcher, the page outline, and whatever else the system needs (e.g.
 * Vantagepoint's held Generate Secret). Each part starts in its own try: one failing (a page that
 * breaks what it relies on) does not stop the others, and is still reported.
 */
export function runSystemScript(ctx: ContentScriptContext, parts: readonly ScriptPart[]) {
  if (window.top !== window) return;
  for (const part of [...parts, launcherPart, outlinePart])
    try {
      part(ctx);
    } catch (e) {
      // Reported as the browser reports any uncaught error, after the other parts have started.
      setTimeout(() => {
        throw e;
      });
    }
}

/**
 * The side panel's launcher (utils/in-page/launcher.ts), shown when the background's `to-page/guide` says
 * so (guide unfinished, side panel closed for this tab).
 */
const launcherPart: ScriptPart = (ctx) => {
  const launcher = createLauncher(ctx);
  const speak = chosenLanguage().then(setMessages);
  listenToBackground(ctx, {
    'to-page/guide': (msg) => void speak.then(() => launcher.show(msg.launcher)),
    'to-page/language': (msg) => {
      setMessages(msg.choice);
      launcher.relabel();
    },
  });
};

/**
 * The redacted page outline ("Not the page you expected?"): answers `to-page/outline` only (the
 * background redacts what it collects: utils/outline/format.ts).
 */
const outlinePart: ScriptPart = (ctx) => listenToBackground(ctx, { 'to-page/outline': () => ({ lines: outlineLines(document) }) });
