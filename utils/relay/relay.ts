import type { TogetherPageState } from '../protocol/messages';
import type { RelayView } from '../guides/panel-view';
import { ProtocolError } from '../contracts/envelope';
import { isTogetherIntegrationsUrl } from '../together/site';
import { togetherName, type SystemId } from '../systems/catalog';
import { t } from '../i18n/i18n';
import type { ValueName } from '../contracts/values';
import { SETTLED, SETTLED_FINAL, SHOW_ENDED_MS, WAITING, type Job, type Phase, type RelayDeps, type RelayHooks } from './job';
import { fillJob, isSignInPath, onNavigation, openTogether, type JobContext } from './together-tab';

export type { RelayDeps, RelayHooks, TabInfo } from './job';

/**
 * How long "Send to Together" waits for an answer before it tells the admin what the job is
 * waiting for. The job itself stays armed after that, until the form shows, the values expire or
 * are cleared, or the tab is closed.
 */
const ANSWER_WITHIN_MS = 15_000;

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
    j.message = message ?? (key ? t(key, togetherName(j.system)) : j.message);
    if (SETTLED.has(phase)) j.settle();
    hooks.changed();
  }

  function end(j: Job, phase: Phase, error?: ProtocolError) {
    if (error) j.error = error;
    setPhase(j, phase, error?.message);
  }

  const ctx: JobContext = { deps, hooks, isCurrent: (j) => job === j, setPhase, end };
  const fill = (j: Job) => fillJob(j, ctx);

  return {
    /** The admin's click: returns once Together is filled, or says what the job now waits for. */
    async start(system: SystemId): Promise<{ filled: ValueName[]; waiting: string | null }> {
      if (Object.keys(await hooks.values(system)).length === 0) throw new ProtocolError('expired', t('relay_nothing'));
      const tabId = await openTogether(deps);
      let settle!: () => void;
      const settled = new Promise<void>((resolve) => (settle = resolve));
      const j: Job = { system, tabId, phase: 'opening', message: '', sawLogin: false, filling: false, settled, settle, answered: false, heard: false, changedAt: Date.now() };
      job = j;
      setPhase(j, 'opening');
      const tab = await deps.getTab(tabId);
      if (tab?.url) this.tabUpdated(tabId, tab.url);
      // Arm the page's content script: now (an open tab), and again until the page is heard from —
      // a page that is still loading may have asked (`together/hello`) before this job existed.
      void (async () => {
        for (let i = 0; i < 30 && job === j && !j.heard; i++) {
          await deps.askTopFrame(tabId, { type: 'together/arm', system }).catch(() => undefined);
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
    armedFor(tabId: number): SystemId | null {
      return job && job.tabId === tabId && !SETTLED_FINAL.has(job.phase) ? job.system : null;
    },

    /** The job's tab navigated: sign-in, back from it, or away. */
    tabUpdated(tabId: number, rawUrl: string) {
      if (job && job.tabId === tabId && !SETTLED_FINAL.has(job.phase)) onNavigation(job, rawUrl, ctx);
    },

    tabRemoved(tabId: number) {
      if (job?.tabId === tabId && !SETTLED_FINAL.has(job.phase)) end(job, 'closed', new ProtocolError('together-closed', t('relay_closed')));
    },

    /** The guide's values expired or were cleared while the job waited. */
    async valuesChanged() {
      const j = job;
      // A fill under way empties the vault itself when it completes.
      const waiting = () => j && job === j && !j.filling && !SETTLED_FINAL.has(j.phase);
      if (!waiting() || Object.keys(await hooks.values(j!.system)).length > 0 || !waiting()) return;
      end(j!, 'expired', new ProtocolError('expired', t('relay_expired_waiting')));
      void deps.askTopFrame(j!.tabId, { type: 'together/disarm' }).catch(() => undefined);
    },

    /** The job as the panel shows it (null when there is none). */
    view(system: SystemId): RelayView | null {
      if (!job || job.system !== system) return null;
      const final = SETTLED_FINAL.has(job.phase);
      // How it ended shows here only when the click was answered before (otherwise the answer says
      // it), and only for a minute.
      if (final && (!job.answered || Date.now() - job.changedAt > SHOW_ENDED_MS)) return null;
      return { waiting: !final, message: job.message, done: job.phase === 'filled' };
    },
  };
}

export type Relay = ReturnType<typeof createRelay>;
