import type { FillReport, ToContent } from '../protocol/messages';
import { ProtocolError } from '../protocol/envelope';
import { isTogetherIntegrationsUrl, TOGETHER_INTEGRATIONS_URL } from '../sites/together';
import type { GuideId } from '../guides/types';
import { t } from '../i18n/i18n';
import { valueLabel, type ValueName } from '../values';

const PROVIDER_NAMES: Record<GuideId, string> = { 'ukg-pro': 'UKG Pro', vantagepoint: 'Deltek Vantagepoint' };

export interface TabInfo {
  id: number;
  url?: string;
  status?: string;
  windowId?: number;
}

/** Browser operations the relay needs; the background passes thin wrappers over browser.tabs. */
export interface RelayDeps {
  /** Open Together settings tabs (any section). */
  findTogetherTabs(): Promise<TabInfo[]>;
  openTab(url: string): Promise<TabInfo>;
  /** Activate the tab and its window; navigate it when `url` is given. */
  focusTab(tab: TabInfo, url?: string): Promise<void>;
  getTab(tabId: number): Promise<TabInfo | null>;
  /** tabs.sendMessage to the tab's top frame only. */
  sendToTopFrame(tabId: number, message: ToContent): Promise<unknown>;
  sleep(ms: number): Promise<void>;
}

const LOAD_TIMEOUT_MS = 15_000;
const READY_TIMEOUT_MS = 5_000;
const POLL_MS = 100;

export interface RelayResult {
  filled: ValueName[];
}

/**
 * "Send to Together": open or focus Together's integrations page, wait for it, and ask its content
 * script to fill the values. Every failure is a ProtocolError with a sentence for the admin; the
 * values stay in the vault for another try. The caller wipes the vault only on a complete fill.
 */
export async function relayToTogether(deps: RelayDeps, provider: GuideId, values: Partial<Record<ValueName, string>>): Promise<RelayResult> {
  const names = Object.keys(values) as ValueName[];
  if (names.length === 0)
    throw new ProtocolError('expired', t('relay_nothing'));

  const tabId = await openTogether(deps);
  const tab = await waitForLoad(deps, tabId);
  // Checked here, and again by the content script right before it writes.
  if (!tab.url || !isTogetherIntegrationsUrl(new URL(tab.url))) throw togetherLogin();

  const report = await sendWhenReady(deps, tabId, { type: 'together/fill', provider, values });
  switch (report.state) {
    case 'login':
      throw togetherLogin();
    case 'wrong-page':
      throw new ProtocolError('together-no-form', t('relay_left_page'));
    case 'no-form':
      throw new ProtocolError('together-no-form', t('relay_no_form', PROVIDER_NAMES[provider]));
    case 'filled':
      if (report.missing.length > 0) {
        const missing = report.missing.map(valueLabel).join(', ');
        throw new ProtocolError('together-no-form', t('relay_missing_fields', missing));
      }
      return { filled: report.filled };
  }
}

async function openTogether(deps: RelayDeps): Promise<number> {
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

async function waitForLoad(deps: RelayDeps, tabId: number): Promise<TabInfo> {
  for (let waited = 0; waited < LOAD_TIMEOUT_MS; waited += POLL_MS) {
    const tab = await deps.getTab(tabId);
    if (!tab) throw closed();
    if (tab.status === 'complete' && tab.url) return tab;
    await deps.sleep(POLL_MS);
  }
  throw new ProtocolError('timeout', t('relay_load_timeout'));
}

/** The content script starts at document_idle, a moment after "complete": retry until it answers. */
async function sendWhenReady(deps: RelayDeps, tabId: number, message: ToContent): Promise<FillReport> {
  for (let waited = 0; ; waited += POLL_MS * 2) {
    const tab = await deps.getTab(tabId);
    if (!tab) throw closed();
    if (!tab.url || !isTogetherIntegrationsUrl(new URL(tab.url))) throw togetherLogin();
    try {
      const report = await deps.sendToTopFrame(tabId, message);
      if (isFillReport(report)) return report;
    } catch {
      // Not injected yet, or the page is between documents: try again below.
    }
    if (waited >= READY_TIMEOUT_MS)
      throw new ProtocolError('timeout', t('relay_no_answer'));
    await deps.sleep(POLL_MS * 2);
  }
}

function isFillReport(x: unknown): x is FillReport {
  const r = x as FillReport | null;
  return !!r && typeof r.state === 'string' && Array.isArray(r.filled) && Array.isArray(r.missing);
}

function closed(): ProtocolError {
  return new ProtocolError('together-closed', t('relay_closed'));
}

/** Together redirected away from settings (in practice: to its sign-in page) or shows its login form. */
function togetherLogin(): ProtocolError {
  return new ProtocolError('together-login', t('relay_login'));
}
