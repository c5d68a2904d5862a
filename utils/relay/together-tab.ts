import { ProtocolError } from '../contracts/envelope';
import { valueLabel } from '../contracts/values';
import { plural, t } from '../i18n/i18n';
import type { FillReport } from '../protocol/messages';
import { isTogetherIntegrationsUrl, TOGETHER_INTEGRATIONS_URL, TOGETHER_ORIGIN } from '../together/site';
import type { Job, Phase, RelayDeps, RelayHooks } from './job';

/** What a job's steps use of the relay: its browser operations and hooks, and how it moves the job on. */
export interface JobContext {
  deps: RelayDeps;
  hooks: RelayHooks;
  /** Whether the job is still the relay's (a new click replaces it). */
  isCurrent(j: Job): boolean;
  setPhase(j: Job, phase: Phase, message?: string): void;
  end(j: Job, phase: Phase, error?: ProtocolError): void;
}

/** Sends the values to Together's form once it shows; says what is missing if the form lacks fields. */
export async function fillJob(j: Job, { deps, hooks, isCurrent, setPhase, end }: JobContext) {
  if (j.filling || !isCurrent(j)) return;
  j.filling = true;
  try {
    const values = await hooks.values(j.system);
    if (Object.keys(values).length === 0) return end(j, 'expired', new ProtocolError('expired', t('relay_nothing')));
    const tab = await deps.getTab(j.tabId);
    // Checked here, and again by the content script right before it writes.
    if (!tab?.url || !isTogetherIntegrationsUrl(new URL(tab.url))) return setPhase(j, 'left');
    const report = await deps.askTopFrame(j.tabId, { type: 'together/fill', system: j.system, values }).catch(() => null);
    // Our own script's answer, checked all the same: an older version may still run in the tab.
    if (!isFillReport(report)) return;
    if (report.state === 'login') return setPhase(j, 'login');
    if (report.state !== 'filled') return; // the page reports again when it changes
    if (report.missing.length > 0) {
      const ambiguous = (Array.isArray(report.ambiguous) ? report.ambiguous : []).filter((n) => report.missing.includes(n));
      const missing = report.missing.filter((n) => !ambiguous.includes(n)).map(valueLabel).join(', ');
      const why = [...(missing ? [t('relay_missing_fields', missing)] : []), ...(ambiguous.length ? [t('relay_ambiguous_fields', ambiguous.map(valueLabel).join(', '))] : [])];
      return end(j, 'failed', new ProtocolError('together-no-form', why.join(' ')));
    }
    await hooks.filled(j.system, report.filled, values);
    j.filled = report.filled;
    setPhase(j, 'filled', plural(report.filled.length, 'sent_one', 'sent_other'));
  } finally {
    j.filling = false;
  }
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

/** Focuses Together's integrations tab, or a settings tab sent there, or opens one; its id. */
export async function openTogether(deps: RelayDeps): Promise<number> {
  const tabs = await deps.findTogetherTabs();
  const exact = tabs.find((t) => t.url && isTogetherIntegrationsUrl(new URL(t.url)));
  if (exact) {
    await deps.focusTab(exact);
    return exact.id;
  }
  const settings = tabs[0];
  if (settings) {
    await deps.focusTab(settings, TOGETHER_INTEGRATIONS_URL);
    return settings.id;
  }
  const opened = await deps.openTab(TOGETHER_INTEGRATIONS_URL);
  return opened.id;
}

export function isFillReport(x: unknown): x is FillReport {
  const r = x as FillReport | null;
  return !!r && typeof r.state === 'string' && Array.isArray(r.filled) && Array.isArray(r.missing);
}
