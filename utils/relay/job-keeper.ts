import type { ProtocolError } from '../contracts/envelope';
import { t } from '../i18n/i18n';
import { togetherName } from '../systems/catalog';
import {
  OVER,
  readJob,
  SAVE_LIMIT_MS,
  SETTLED,
  WAIT_LIMIT_MS,
  WAITING,
  type Job,
  type Phase,
  type RelayDeps,
  type RelayHooks,
} from './job';
import type { JobContext } from './together-tab';

/**
 * The one Send job: held in memory, kept in storage.session on every change (a worker stopped
 * while the admin signs in takes it up when it wakes), and woken by an alarm at its deadline.
 */
export function createJobKeeper(deps: RelayDeps, hooks: RelayHooks) {
  const now = deps.now ?? Date.now;
  let job: Job | null = null;
  /** Answers the click that started the job (gone after a worker restart: nobody waits then). */
  let settle: (() => void) | null = null;
  let filling = false;
  const ready = deps.store.getValue().then(
    (stored) => void (job ??= readJob(stored)),
    () => undefined,
  );

  /** When the job must end if nothing happens: waiting for the form, or for Together's Save. */
  const deadline = (j: Job | null) =>
    !j || OVER.has(j.phase) ? null : j.phase === 'filled' ? j.changedAt + SAVE_LIMIT_MS : j.startedAt + WAIT_LIMIT_MS;
  function persist() {
    void deps.store.setValue(job).catch(() => undefined);
    deps.wakeAt(deadline(job));
  }

  function setPhase(j: Job, phase: Phase, message?: string, quietly = false) {
    if (job !== j) return;
    j.phase = phase;
    j.changedAt = now();
    const key = WAITING[phase];
    j.message = message ?? (key ? t(key, togetherName(j.system)) : j.message);
    persist();
    if (SETTLED.has(phase)) settle?.();
    if (!quietly) hooks.changed();
  }

  const ctx: JobContext = {
    deps,
    hooks,
    isCurrent: (j) => job === j,
    setPhase,
    end(j: Job, phase: Phase, error?: ProtocolError) {
      if (error) j.errorCode = error.code;
      setPhase(j, phase, error?.message);
    },
    persist,
    filling: (on) => (on === undefined ? filling : (filling = on)),
  };

  return {
    ctx,
    now,
    deadline,
    /** The job as it is now, once the stored one is read (the worker may just have woken for this event). */
    async current(): Promise<Job | null> {
      await ready;
      return job;
    },
    /** A new job replaces the old; resolves the returned promise when the job settles (or never). */
    replace(j: Job | null): Promise<void> {
      job = j;
      persist();
      return new Promise<void>((resolve) => (settle = resolve));
    },
  };
}
