import { browser, type ContentScriptContext } from '#imports';
import { sha256Hex } from '../crypto/sha256';
import { inspectableDocuments } from '../dom/documents';
import { setMessages, type LanguageChoice } from '../i18n/i18n';
import type { PageReadResult, Request } from '../protocol/messages';
import type { PageBehaviour } from '../contracts/behaviour';
import { detectPage, type DetectedPage, type FieldCheck, type PageContext, type PageDef } from '../contracts/page';
import type { ValueName } from '../contracts/values';
import { setInputValue } from '../dom/set-input-value';
import { isMasked } from '../dom/labels';
import { createDocumentWatch } from './document-watch';
import { chosenLanguage } from '../in-page/language';
import { listenToBackground } from '../in-page/listen';
import { createOverlay } from '../in-page/overlay';
import { createReporter, pageReport } from './page-report';
import { createSaveWatch } from './save-watch';
import { createStepView } from '../in-page/step-view';
import { createTouched, type Touched } from './touched';
import { outlineTargets } from './unmet';

/** The highlight follows its target at once unless that costs more than this per callback. */
const FAST_HIGHLIGHT_BUDGET_MS = 1;

const send = (message: Request) => browser.runtime.sendMessage(message).catch(() => undefined);
const asList = (x: Element | Element[] | null | undefined): Element[] => (!x ? [] : Array.isArray(x) ? x : [x]);

export interface SourcePageOptions {
  /** The web user's own key on a page that shows it (a system's own-account page), to warn if captured. */
  decoys?: Partial<Record<ValueName, (doc: Document) => string | null>>;
  /** Checks about the site as a whole (e.g. a public address), on every page. */
  siteChecks?: () => FieldCheck[];
}

/**
 * Looks again after what a person does in a document: typing, leaving or changing a field (which
 * also marks it touched), clicking (`clicked` sees the click too: the vendor's Save).
 */
function listenForChanges(ctx: ContentScriptContext, doc: Document, touched: Touched, schedule: () => void, clicked: (e: Event) => void) {
  // A frame in this document loads another page without the top page changing (UKG's ContentFrame,
  // the newer shell's frames): its load event does not bubble, but a capture-phase listener sees it.
  ctx.addEventListener(doc, 'load', schedule, { capture: true });
  ctx.addEventListener(doc, 'input', schedule, { capture: true });
  const touch = (e: Event) => (touched.touch(e.target), schedule());
  ctx.addEventListener(doc, 'change', touch, { capture: true });
  ctx.addEventListener(doc, 'focusout', touch, { capture: true });
  ctx.addEventListener(
    doc,
    'click',
    (e) => {
      // Clicks open and close dialogs and tabs by toggling attributes, which the childList observer
      // does not see (watching attributes on a vendor page is too costly): look again after them.
      schedule();
      clicked(e);
    },
    { capture: true },
  );
  // Enter in a field submits its form through the default button: a Save too.
  ctx.addEventListener(doc, 'submit', clicked, { capture: true });
}

/**
 * Route changes of single-page apps (#! routes): look at once, not after the settle delay; the DOM
 * observer catches the new form when it renders.
 */
function onRouteChange(ctx: ContentScriptContext, look: () => void) {
  ctx.addEventListener(window, 'hashchange', look);
  const nav = (window as { navigation?: EventTarget }).navigation;
  if (nav) ctx.addEventListener(nav as unknown as Window, 'currententrychange' as 'hashchange', look);
  // Without the Navigation API (Firefox ESR): history moves; a pushState route change the page
  // makes itself shows as DOM changes, which the observer sees (no location polling).
  else ctx.addEventListener(window, 'popstate', look);
}

/**
 * Tells the background the SHA-256 of each decoy the page shows (a value that must not be mistaken
 * for one of the system's own: `decoys` of its behaviour), once per value shown, never the value.
 */
function createDecoyReport(readers: SourcePageOptions['decoys'] = {}) {
  const reported: Partial<Record<ValueName, string>> = {};
  return (doc: Document) => {
    for (const [value, read] of Object.entries(readers) as [ValueName, (doc: Document) => string | null][]) {
      const shown = read(doc);
      if (!shown || shown === reported[value]) continue;
      reported[value] = shown;
      void sha256Hex(shown).then((sha256) => send({ type: 'page/decoy', value, sha256 }));
    }
  };
}

type ShownStep = { anchor: string | null; callout: string | null; pin: string | null };
const sameStep = (a: ShownStep, b: ShownStep) => a.anchor === b.anchor && a.callout === b.callout && a.pin === b.pin;

/** Fills the page's own fields with values (only fields a person plainly sees: utils/dom/visible.ts); the names filled. */
function fillPage(detected: DetectedPage | null, values: Partial<Record<ValueName, string>>): ValueName[] {
  const filled: ValueName[] = [];
  for (const [name, value] of Object.entries(values) as [ValueName, string][]) {
    const field = detected && detected.page.fill?.[name]?.(detected.doc);
    if (field) {
      setInputValue(field, value);
      filled.push(name);
    }
  }
  return filled;
}

/** The check hints drawn beside their fields: not the neutral ones, nor those its system shows in the guide only. */
function hintsOf(checks: ReturnType<typeof pageReport>['checks'], behaviour: PageBehaviour) {
  return checks.flatMap((c) =>
    c.element && !behaviour.guideOnlyChecks.includes(c.field) && c.result.level !== 'neutral' ? [{ element: c.element, ...c.result }] : [],
  );
}

/**
 * The element a step is about may have just been (re)inserted: follow it on the DOM change itself,
 * not after the settle delay, as long as finding it stays cheap (then until the step changes).
 */
function fastFollow(outline: (found: Element[]) => void, targets: () => Element[], active: () => boolean) {
  let fast = true;
  return {
    mutated() {
      if (!fast || !active()) return;
      const start = performance.now();
      outline(targets());
      if (performance.now() - start > FAST_HIGHLIGHT_BUDGET_MS) fast = false;
    },
    reset: () => void (fast = true),
  };
}

/**
 * The content script of an HR system's site: recognise the page (a look after every burst of
 * changes, with a cap on mutation storms), tell the background (page-report.ts), draw the read-only
 * overlay (the step's target, the step in words, check hints: the guide itself lives in the side
 * panel, out of the page's reach), check the page's form as the admin types, take the vendor's Save (save-watch.ts), and
 * answer the background's requests (below). Values leave the page only on a capture request or
 * when the admin clicks the vendor's Save on a watched form. Top frame only.
 */
export function runSourcePage(
  ctx: ContentScriptContext,
  pages: readonly PageDef[],
  behaviour: PageBehaviour,
  options: SourcePageOptions = {},
) {
  if (window.top !== window) return;
  const step = createStepView(ctx);
  const hints = createOverlay(ctx, 'hint');
  const reporter = createReporter(send);
  const pageCtx: PageContext = { accountName: null };
  let detected: DetectedPage | null = null;
  let shownStep: ShownStep = { anchor: null, callout: null, pin: null }; // as `to-page/guide` said
  /** The form's checks at the last look: the outline moves on from a field once it is right. */
  let formChecks: FieldCheck[] = [];
  const touched = createTouched();
  const decoys = createDecoyReport(options.decoys);

  /** The elements the step is about, on the page as it is now (the next unmet field once its own is right). */
  const targets = () => {
    const doc = detected?.doc;
    const { anchor } = shownStep;
    if (!anchor || !doc) return [];
    const anchored = asList(detected?.page.anchors?.[anchor]?.(doc, pageCtx));
    return outlineTargets(anchored, formChecks, detected?.page.form?.submit?.(doc) ?? null);
  };

  // The detect/report loop: a look after every burst of DOM changes (and at once on route changes).
  const follow = fastFollow(
    (found) => step.outline(found),
    targets,
    () => !!(shownStep.anchor && detected),
  );
  const documents = createDocumentWatch(ctx, { mutated: follow.mutated, look: () => detect() });
  const saveSeen = createSaveWatch(send);

  /** The vendor's Save on a watched form (the page's own, where the form is on this document). */
  const onSave = (doc: Document, e: Event) =>
    saveSeen(doc, e, detected?.doc === doc ? detected.page.form : undefined) && touched.saveTried(doc);
  const watch = (doc: Document) => documents.add(doc) && listenForChanges(ctx, doc, touched, documents.soon, (e) => onSave(doc, e));

  function detect() {
    documents.looking();
    const docs = inspectableDocuments(document, behaviour.frameDepth);
    docs.forEach(watch);
    detected = detectPage(pages, docs);
    const { message, checks, shown } = pageReport(detected, pageCtx, options.siteChecks?.() ?? [], touched.neutralUntilTouched);
    formChecks = checks.filter((c) => c.field !== 'masked' && detected?.doc.contains(c.element));
    hints.hints(hintsOf(checks, behaviour));
    reporter.report(message, shown);
    if (detected) decoys(detected.doc);
    documents.prune();
    step.show(targets(), shownStep.callout, shownStep.pin, shownStep.callout ?? shownStep.anchor);
  }

  onRouteChange(ctx, detect);

  /** Hints and check messages in the language chosen in Options: re-check, re-report. */
  function switchLanguage(choice: LanguageChoice) {
    setMessages(choice);
    reporter.again();
    detect();
  }

  listenToBackground(ctx, {
    'to-page/read'(msg) {
      detect();
      const read = detected?.page.captures?.[msg.value]?.(detected.doc, pageCtx);
      return { value: read && !isMasked(read.value) ? read.value : null } satisfies PageReadResult;
    },
    'to-page/guide'(msg) {
      // Nothing this page shows changed (the launcher's part of the message is the launcher's): no new look.
      if (sameStep(shownStep, msg) && msg.accountName === pageCtx.accountName) return;
      shownStep = { anchor: msg.anchor, callout: msg.callout, pin: msg.pin };
      follow.reset();
      pageCtx.accountName = msg.accountName;
      detect();
    },
    'to-page/fix'(msg) {
      if (detected) detected.page.form?.fix?.(detected.doc, msg.fix);
      detect();
    },
    'to-page/fill'(msg) {
      detect();
      return { filled: fillPage(detected, msg.values) };
    },
    'to-page/language'(msg) {
      switchLanguage(msg.choice);
    },
  });
  void chosenLanguage().then((choice) => choice && switchLanguage(choice));

  detect();
}
