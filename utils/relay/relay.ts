import type { TogetherPageState } from '../protocol/messages';
import type { RelayView } from '../guides/panel-view';
import { ProtocolError, type ErrorCode } from '../contracts/envelope';
import { isTogetherIntegrationsUrl } from '../together/site';
import type { SystemId } from '../systems/catalog';
import { t } from '../i18n/i18n';
import type { ValueName } from '../contracts/values';
import { FILL_OVER, OVER, type Job, type RelayDeps, type RelayHooks } from './job';
import { createJobKeeper } from './job-keeper';
import { fillJob, isSignInPath, onNavigation, openTogether } from './together-tab';
import { handover } from './handover';

export type { RelayDeps, RelayHooks, TabInfo } from './job';

/**
 * How long "Send to Together" waits for an answer before it tells the admin what the job is
 * waiting for. The job itself stays armed after that, until the form shows, the values expire or
 * are cleared, the tab is closed, or its time is up.
 */
const ANSWER_WITHIN_MS = 15_000;

/**
 * "Send to Together" as a job that waits for Together and for the admin: it opens or focuses
 * Together's integrations page (the guide bound to that tab) and stays armed while Together boots,
 * signs the admin in, or waits for its provider form; the page's content script reports what it
 * sees (`together/status`) and the values are sent to it only when the form is on screen. Then it
 * waits for Together's own Save (handover.ts): only that, the admin's word, Clear or the values'
 * lifetime forgets them. Never types into a sign-in form, never presses Save. One job at a time;
 * a new click replaces it. The job is kept in storage.session: a restarted worker takes it up.
 */
export function createRelay(deps: RelayDeps, hooks: RelayHooks) {
  const keeper = createJobKeeper(deps, hooks);
  const { ctx } = keeper;
  const after = handover(ctx);
  /** The job waiting on this tab, if any. */
  const jobOn = async (tabId: number) => {
    const j = await keeper.current();
    return j && j.tabId === tabId ? j : null;
  };
  const disarm = (j: Job) => void deps.askTopFrame(j.tabId, { type: 'to-together/disarm' }).catch(() => undefined);
  // A worker that wakes with a job still waiting (it stopped while the admin signed in) asks the
  // page once to say again what it shows: the page reports only changes.
  void keeper.current().then((j) => j && !FILL_OVER.has(j.phase) && armPage(deps, j));

  return {
    /** The admin's click: returns once Together is filled, or says what the job now waits for. */
    start: (system: SystemId) => startJob(keeper, system),

    /** What Together's page shows now, from its content script (the caller checked the sender). */
    async pageState(tabId: number, url: URL, state: TogetherPageState) {
      const j = await jobOn(tabId);
      if (!j || FILL_OVER.has(j.phase) || !isTogetherIntegrationsUrl(url)) return;
      // A report sent just before the tab went to the sign-in page arrives after it: stale.
      if (j.url && isSignInPath(j.url)) return;
      // The same report again changes nothing (no new phase, no state pushed); only "form" again
      // is worth something: the page says it after a fill that found the form not ready yet.
      if (j.heard && j.phase === state && state !== 'form') return;
      // "form" is quiet: the fill follows at once and its own phase is what the panels need (no state
      // built for them while the fill is on its way).
      if (!j.heard || j.phase !== state) ctx.setPhase(j, state, undefined, state === 'form');
      j.heard = true;
      if (state === 'form') void fillJob(j, ctx);
    },

    /** The provider a Together page should be armed for, if a job waits on its tab. */
    async armedFor(tabId: number): Promise<SystemId | null> {
      const j = await jobOn(tabId);
      return j && !FILL_OVER.has(j.phase) ? j.system : null;
    },

    /** The job's tab navigated: sign-in, back from it, or away. */
    async tabUpdated(tabId: number, rawUrl: string) {
      const j = await jobOn(tabId);
      if (!j || OVER.has(j.phase)) return;
      if (j.phase === 'filled') return after.navigated(j, rawUrl);
      onNavigation(j, rawUrl, ctx);
      ctx.persist();
    },

    async tabRemoved(tabId: number) {
      const j = await jobOn(tabId);
      if (j && !OVER.has(j.phase))
        ctx.end(j, 'closed', new ProtocolError('together-closed', t(j.phase === 'filled' ? 'relay_closed_unsaved' : 'relay_closed')));
    },

    /** The guide's values expired or were cleared while the job waited (or Together's Save was awaited). */
    async valuesChanged() {
      const j = await keeper.current();
      // A fill (or a Save) under way reads (or forgets) the values itself.
      const waiting = () => j && ctx.isCurrent(j) && !ctx.filling() && !OVER.has(j.phase);
      if (!waiting() || Object.keys(await hooks.values(j!.system)).length > 0 || !waiting()) return;
      const wasFilled = j!.phase === 'filled';
      ctx.end(j!, 'expired', new ProtocolError('expired', t(wasFilled ? 'relay_expired_unsaved' : 'relay_expired_waiting')));
      if (!wasFilled) disarm(j!);
    },

    /** The alarm: a job that waited too long ends with a message, never silently. */
    async wake() {
      const j = await keeper.current();
      const due = keeper.deadline(j);
      if (!j || due === null || due > keeper.now()) return;
      ctx.end(j, 'timed-out', new ProtocolError('timeout', t(j.phase === 'filled' ? 'relay_save_not_seen' : 'relay_timed_out')));
      disarm(j);
    },

    /** Together's page saw the admin's Save and Together's answer. */
    async saveSeen(tabId: number, url: URL, outcome: 'saved' | 'error', message: string) {
      const j = await jobOn(tabId);
      if (j && isTogetherIntegrationsUrl(url)) await after.saveSeen(j, outcome, message);
    },

    /** "I saved it in Together": the admin's word where Together's answer could not be recognised. */
    async confirmSaved(system: SystemId) {
      const j = await keeper.current();
      if (!j || j.system !== system || j.phase !== 'filled') throw new ProtocolError('page-unavailable', t('relay_nothing_to_confirm'));
      await after.saveSeen(j, 'saved', '');
    },

    /** The guide whose Send is bound to this (Together) tab: that tab's side panel shows the job. */
    systemOfTab: async (tabId: number): Promise<SystemId | null> => (await jobOn(tabId))?.system ?? null,

    /** The job as the panel shows it (null when there is none, or it ended long ago). */
    async view(system: SystemId): Promise<RelayView | null> {
      const j = await keeper.current();
      return j && j.system === system ? after.view(j, keeper.now()) : null;
    },

    /** Start over: the job (and its summary) is forgotten. */
    async forget() {
      await keeper.current();
      void keeper.replace(null);
    },
  };
}

/** The admin's click: opens or focuses Together (bound to the guide), arms its page, and waits a while for the fill. */
async function startJob(
  keeper: ReturnType<typeof createJobKeeper>,
  system: SystemId,
): Promise<{ filled: ValueName[]; waiting: string | null }> {
  const { ctx } = keeper;
  const { deps, hooks } = ctx;
  const old = await keeper.current();
  if (Object.keys(await hooks.values(system)).length === 0) throw new ProtocolError('expired', t('relay_nothing'));
  if (old && !FILL_OVER.has(old.phase)) void deps.askTopFrame(old.tabId, { type: 'to-together/disarm' }).catch(() => undefined);
  const tabId = await openTogether(deps);
  const at = keeper.now();
  const j: Job = {
    system,
    tabId,
    phase: 'opening',
    message: '',
    sawLogin: false,
    answered: false,
    heard: false,
    startedAt: at,
    changedAt: at,
  };
  const settled = keeper.replace(j);
  // Arm the page's content script once, no polling: a page already running answers now; a page
  // still loading announces itself when its script starts (`together/hello`), and is armed then.
  armPage(deps, j);
  ctx.setPhase(j, 'opening');
  const tab = await deps.getTab(tabId);
  if (tab?.url) onNavigation(j, tab.url, ctx);
  await Promise.race([settled, deps.sleep(ANSWER_WITHIN_MS)]);
  if (j.errorCode) throw new ProtocolError(j.errorCode as ErrorCode, j.message);
  if (j.phase === 'filled') return { filled: j.filled ?? [], waiting: null };
  j.answered = true;
  ctx.persist();
  hooks.changed();
  return { filled: [], waiting: j.message };
}

/** Tells the job's page what to wait for (once: the page reports what it shows, then every change). */
const armPage = (deps: RelayDeps, j: Job) =>
  void deps.askTopFrame(j.tabId, { type: 'to-together/arm', system: j.system }).catch(() => undefined);

export type Relay = ReturnType<typeof createRelay>;
