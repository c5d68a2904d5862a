import { ProtocolError } from '../contracts/envelope';
import { valueLabel, type ValueName } from '../contracts/values';
import { plural, t } from '../i18n/i18n';
import type { FillReport } from '../protocol/messages';
import { isTogetherIntegrationsUrl, TOGETHER_INTEGRATIONS_URL, TOGETHER_ORIGIN } from '../together/site';
import { systemValues, type SystemId } from '../systems/catalog';
import type { Job, LeftWhy, Phase, RelayDeps, RelayHooks } from './job';

/** What a job's steps use of the relay: its browser operations and hooks, and how it moves the job on. */
export interface JobContext {
  deps: RelayDeps;
  hooks: RelayHooks;
  /** Whether the job is still the relay's (a new click replaces it). */
  isCurrent(j: Job): boolean;
  /** `quietly`: the panels hear of it with the next phase (one the fill is about to set). */
  setPhase(j: Job, phase: Phase, message?: string, quietly?: boolean): void;
  end(j: Job, phase: Phase, error?: ProtocolError): void;
  /** Keeps the job as it is now (storage.session). */
  persist(): void;
  /** Whether a fill is under way (set with a boolean). */
  filling(on?: boolean): boolean;
}

/**
 * Sends the values to Together's form once it shows, and keeps what went in and what was left
 * empty and why. Nothing is forgotten here: the values stay kept until Together's own Save.
 */
export async function fillJob(j: Job, { deps, hooks, isCurrent, setPhase, end, filling }: JobContext) {
  if (filling() || !isCurrent(j)) return;
  filling(true);
  try {
    const values = await hooks.values(j.system);
    if (Object.keys(values).length === 0) return end(j, 'expired', new ProtocolError('expired', t('relay_nothing')));
    // The page that said "form" was Together's integrations page (its browser-reported address,
    // checked by the caller); the content script checks its location again right before it writes.
    const report = await deps.askTopFrame(j.tabId, { type: 'to-together/fill', system: j.system, values }).catch(() => null);
    // Our own script's answer, checked all the same: an older version may still run in the tab.
    if (!isFillReport(report)) return;
    if (report.state === 'login') return setPhase(j, 'login');
    if (report.state !== 'filled') return; // the page reports again when it changes
    const left = leftEmpty(j.system, values, report);
    const filled = report.filled.filter((n) => Object.hasOwn(values, n));
    if (filled.length === 0) return end(j, 'failed', new ProtocolError('together-no-form', whyLeft(left)));
    j.filled = filled;
    j.left = left;
    // What was left and why shows beside it (the hand-over's warning and list).
    setPhase(j, 'filled', plural(filled.length, 'sent_one', 'sent_other'));
  } finally {
    filling(false);
  }
}

/** The guide's values Together's form did not get, each with its reason. */
function leftEmpty(system: SystemId, values: Partial<Record<ValueName, string>>, report: FillReport): { name: ValueName; why: LeftWhy }[] {
  const ambiguous = Array.isArray(report.ambiguous) ? report.ambiguous : [];
  return systemValues(system).flatMap((name): { name: ValueName; why: LeftWhy }[] => {
    if (values[name] === undefined) return [{ name, why: 'not-captured' }];
    if (!report.missing.includes(name)) return [];
    return [{ name, why: ambiguous.includes(name) ? 'ambiguous' : 'no-field' }];
  });
}

/** The reasons, in the admin's words: a form without a field, two fields for one value (never "not captured": the panel lists those). */
export function whyLeft(left: readonly { name: ValueName; why: LeftWhy }[]): string {
  const of = (why: LeftWhy) =>
    left
      .filter((l) => l.why === why)
      .map((l) => valueLabel(l.name))
      .join(', ');
  return [of('no-field') && t('relay_missing_fields', of('no-field')), of('ambiguous') && t('relay_ambiguous_fields', of('ambiguous'))]
    .filter(Boolean)
    .join(' ');
}

/** The job's tab navigated: to the sign-in page, back from it, elsewhere in Together, or away. */
export function onNavigation(j: Job, rawUrl: string, { deps, setPhase }: JobContext) {
  const same = j.url === rawUrl;
  j.url = rawUrl;
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return;
  }
  if (url.origin !== TOGETHER_ORIGIN) return setPhase(j, 'left');
  if (isSignInPath(rawUrl)) {
    j.sawLogin = true;
    return setPhase(j, 'login');
  }
  if (isTogetherIntegrationsUrl(url)) {
    if (!same && (j.phase === 'login' || j.phase === 'left')) setPhase(j, 'booting');
    return;
  }
  // Signed in again and landed elsewhere in Together: take the tab to the form once more.
  if (j.sawLogin) {
    j.sawLogin = false;
    setPhase(j, 'booting');
    void deps.focusTab({ id: j.tabId }, TOGETHER_INTEGRATIONS_URL).catch(() => undefined);
    return;
  }
  setPhase(j, 'left');
}

/** Together's sign-in pages (`/login?organizationId=…` and the like). */
export function isSignInPath(rawUrl: string): boolean {
  try {
    const url = new URL(rawUrl);
    return url.origin === TOGETHER_ORIGIN && /^\/(?:login|signin|sign-in|auth)\b/i.test(url.pathname);
  } catch {
    return false;
  }
}

/**
 * Focuses Together's integrations tab, or a settings tab sent there, or opens one; its id. An open
 * integrations tab is brought forward while the fill goes ahead (the page's script works whether or
 * not its tab is in front): the browser's tab switch is not on the fill's path.
 */
export async function openTogether(deps: RelayDeps): Promise<number> {
  const tabs = await deps.findTogetherTabs();
  // The guide is bound to the tab before it comes to the front: the side panel follows the admin there.
  const exact = tabs.find((t) => t.url && isTogetherIntegrationsUrl(new URL(t.url)));
  if (exact) {
    deps.bindPanel(exact.id);
    void deps.focusTab(exact).catch(() => undefined);
    return exact.id;
  }
  const settings = tabs[0];
  if (settings) {
    deps.bindPanel(settings.id);
    await deps.focusTab(settings, TOGETHER_INTEGRATIONS_URL);
    return settings.id;
  }
  const opened = await deps.openTab(TOGETHER_INTEGRATIONS_URL);
  deps.bindPanel(opened.id);
  await deps.focusTab(opened);
  return opened.id;
}

export function isFillReport(x: unknown): x is FillReport {
  const r = x as FillReport | null;
  return !!r && typeof r.state === 'string' && Array.isArray(r.filled) && Array.isArray(r.missing);
}
