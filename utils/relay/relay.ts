import type { FillReport, ToContent, TogetherPageState } from '../protocol/messages';
import type { RelayView } from '../guides/panel-view';
import { ProtocolError } from '../contracts/envelope';
import { isTogetherIntegrationsUrl, TOGETHER_INTEGRATIONS_URL, TOGETHER_ORIGIN } from '../together/site';
import { WAITING_FOR } from '../together/waiting';
import { providerName, type GuideId } from '../systems/catalog';
import { plural, t, type MessageKey } from '../i18n/i18n';
import { valueLabel, type ValueName } from '../contracts/values';


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

/** What the relay asks of the background: the guide's values now, and what to do after a complete fill. */
export interface RelayHooks {
  values(provider: GuideId): Promise<Partial<Record<ValueName, string>>>;
  filled(provider: GuideId, filled: ValueName[], values: Partial<Record<ValueName, string>>): Promise<void>;
  /** The job's visible state changed: push it to the panels. */
  changed(): void;
}

/**
 * How long "Send to Together" waits for an answer before it tells the admin what the job is
 * waiting for. The job itself stays armed after that, until the form shows, the values expire or
 * are cleared, or the tab is closed.
 */
const ANSWER_WITHIN_MS = 15_000;
/** How long the panel keeps saying how a job that waited ended. */
const SHOW_ENDED_MS = 60_000;

type Phase = TogetherPageState | 'opening' | 'left' | 'filled' | 'closed' | 'expired' | 'failed';

/** Phases that need the admin (or are final): the click's answer need not wait any longer. */
const SETTLED: ReadonlySet<Phase> = new Set(['login', 'open-form', 'left', 'filled', 'closed', 'expired', 'failed']);

interface Job {
  provider: GuideId;
  tabId: number;
  phase: Phase;
  message: string;
  /** Seen Together's sign-in: once the admin is back on any Together page, bring the tab to the form. */
  sawLogin: boolean;
  filling: boolean;
  settled: Promise<void>;
  settle(): void;
  error?: ProtocolError;
  filled?: ValueName[];
  /** The click was answered while the job still waited: the panel's relay line shows how it ends. */
  answered: boolean;
  /** The page has reported (so it is armed). */
  heard: boolean;
  /**
   * The tab's address as last seen: the same integrations address again (tabs.onUpdated
   * "complete") is no navigation, and must not undo a sign-in the page itself reported.
   */
  url?: string;
  changedAt: number;
}

/** What the panel's relay line says in each phase that waits (the same words as the notice on Together's page). */
const WAITING: Partial<Record<Phase, MessageKey>> = {
  ...WAITING_FOR,
  opening: WAITING_FOR.booting,
  form: WAITING_FOR.choosing,
  left: 'relay_wait_left',
};

/**
 * "Send to Together" as a job that waits for Together and for the admin: it opens or focuses
 * Together's integrations page and stays armed while Together boots, signs the admin in, or waits
 * for its provider form; the page's content script reports what it sees (`together/status`) and
 * the values are sent to it only when the form is on screen. Never types into a sign-in form,
 * never presses Save. One job at a time; a new click replaces it.
 */
export function createRelay(deps: RelayDeps, hooks: RelayHooks) {
  let job: Job | null = null;

  function setPhase(j: Job, phase: Phase, message?: string) {
    if (job !== j) return;
    j.phase = phase;
    j.changedAt = Date.now();
    const key = WAITING[phase];
    j.message = message ?? (key ? t(key, providerName(j.provider)) : j.message);
    if (SETTLED.has(phase)) j.settle();
    hooks.changed();
  }

  function end(j: Job, phase: Phase, error?: ProtocolError) {
    if (error) j.error = error;
    setPhase(j, phase, error?.message);
  }

  async function fill(j: Job) {
    if (j.filling || job !== j) return;
    j.filling = true;
    try {
      const values = await hooks.values(j.provider);
      if (Object.keys(values).length === 0) return end(j, 'expired', new ProtocolError('expired', t('relay_nothing')));
      const tab = await deps.getTab(j.tabId);
      // Checked here, and again by the content script right before it writes.
      if (!tab?.url || !isTogetherIntegrationsUrl(new URL(tab.url))) return setPhase(j, 'left');
      const report = (await deps.sendToTopFrame(j.tabId, { type: 'together/fill', provider: j.provider, values }).catch(() => null)) as FillReport | null;
      if (!isFillReport(report)) return;
      if (report.state === 'login') return setPhase(j, 'login');
      if (report.state !== 'filled') return; // the page reports again when it changes
      if (report.missing.length > 0) {
        const ambiguous = (Array.isArray(report.ambiguous) ? report.ambiguous : []).filter((n) => report.missing.includes(n));
        const missing = report.missing.filter((n) => !ambiguous.includes(n)).map(valueLabel).join(', ');
        const why = [...(missing ? [t('relay_missing_fields', missing)] : []), ...(ambiguous.length ? [t('relay_ambiguous_fields', ambiguous.map(valueLabel).join(', '))] : [])];
        return end(j, 'failed', new ProtocolError('together-no-form', why.join(' ')));
      }
      await hooks.filled(j.provider, report.filled, values);
      j.filled = report.filled;
      setPhase(j, 'filled', plural(report.filled.length, 'sent_one', 'sent_other'));
    } finally {
      j.filling = false;
    }
  }

  return {
    /** The admin's click: returns once Together is filled, or says what the job now waits for. */
    async start(provider: GuideId): Promise<{ filled: ValueName[]; waiting: string | null }> {
      if (Object.keys(await hooks.values(provider)).length === 0) throw new ProtocolError('expired', t('relay_nothing'));
      const tabId = await openTogether(deps);
      let settle!: () => void;
      const settled = new Promise<void>((resolve) => (settle = resolve));
      const j: Job = { provider, tabId, phase: 'opening', message: '', sawLogin: false, filling: false, settled, settle, answered: false, heard: false, changedAt: Date.now() };
      job = j;
      setPhase(j, 'opening');
      const tab = await deps.getTab(tabId);
      if (tab?.url) this.tabUpdated(tabId, tab.url);
      // Arm the page's content script: now (an open tab), and again until the page is heard from —
      // a page that is still loading may have asked (`together/hello`) before this job existed.
      void (async () => {
        for (let i = 0; i < 30 && job === j && !j.heard; i++) {
          await deps.sendToTopFrame(tabId, { type: 'together/arm', provider }).catch(() => undefined);
          await deps.sleep(500);
        }
      })();
      await Promise.race([settled, deps.sleep(ANSWER_WITHIN_MS)]);
      if (j.error) throw j.error;
      if (j.phase === 'filled') return { filled: j.filled ?? [], waiting: null };
      j.answered = true;
      hooks.changed();
      return { filled: [], waiting: j.message };
    },

    /** What Together's page shows now, from its content script (the caller checked the sender). */
    pageState(tabId: number, url: URL, state: TogetherPageState) {
      const j = job;
      if (!j || j.tabId !== tabId || j.phase === 'filled' || !isTogetherIntegrationsUrl(url)) return;
      // A report sent just before the tab went to the sign-in page arrives after it: stale.
      if (j.url && isSignInPath(j.url)) return;
      j.heard = true;
      setPhase(j, state);
      if (state === 'form') void fill(j);
    },

    /** The provider a Together page should be armed for, if a job waits on its tab. */
    armedFor(tabId: number): GuideId | null {
      return job && job.tabId === tabId && !SETTLED_FINAL.has(job.phase) ? job.provider : null;
    },

    /** The job's tab navigated: sign-in, back from it, or away. */
    tabUpdated(tabId: number, rawUrl: string) {
      const j = job;
      if (!j || j.tabId !== tabId || SETTLED_FINAL.has(j.phase)) return;
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
        void deps.focusTab({ id: tabId }, TOGETHER_INTEGRATIONS_URL).catch(() => undefined);
        return;
      }
      setPhase(j, 'left');
    },

    tabRemoved(tabId: number) {
      if (job?.tabId === tabId && !SETTLED_FINAL.has(job.phase)) end(job, 'closed', new ProtocolError('together-closed', t('relay_closed')));
    },

    /** The guide's values expired or were cleared while the job waited. */
    async valuesChanged() {
      const j = job;
      // A fill under way empties the vault itself when it completes.
      const waiting = () => j && job === j && !j.filling && !SETTLED_FINAL.has(j.phase);
      if (!waiting() || Object.keys(await hooks.values(j!.provider)).length > 0 || !waiting()) return;
      end(j!, 'expired', new ProtocolError('expired', t('relay_expired_waiting')));
      void deps.sendToTopFrame(j!.tabId, { type: 'together/disarm' }).catch(() => undefined);
    },

    /** The job as the panel shows it (null when there is none). */
    view(provider: GuideId): RelayView | null {
      if (!job || job.provider !== provider) return null;
      const final = SETTLED_FINAL.has(job.phase);
      // How it ended shows here only when the click was answered before (otherwise the answer says
      // it), and only for a minute.
      if (final && (!job.answered || Date.now() - job.changedAt > SHOW_ENDED_MS)) return null;
      return { waiting: !final, message: job.message, done: job.phase === 'filled' };
    },
  };
}

/** Together's sign-in pages (`/login?organizationId=…` and the like). */
function isSignInPath(rawUrl: string): boolean {
  try {
    const url = new URL(rawUrl);
    return url.origin === TOGETHER_ORIGIN && /^\/(?:login|signin|sign-in|auth)\b/i.test(url.pathname);
  } catch {
    return false;
  }
}

/** Phases after which the job is over. */
const SETTLED_FINAL: ReadonlySet<Phase> = new Set(['filled', 'closed', 'expired', 'failed']);

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

function isFillReport(x: unknown): x is FillReport {
  const r = x as FillReport | null;
  return !!r && typeof r.state === 'string' && Array.isArray(r.filled) && Array.isArray(r.missing);
}

export type Relay = ReturnType<typeof createRelay>;
