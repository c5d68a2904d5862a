import { browser } from 'wxt/browser';
import type { Self } from '../protocol/sender';
import type { OnPremHosts } from './onprem-hosts';

export function self(): Self {
  return { id: browser.runtime.id, origin: browser.runtime.getURL('/').replace(/\/$/, '') };
}

/**
 * Who "we" are when a sender is classified: our id and origin, and the on-premises origins whose
 * content scripts count as a system's. Owned here, changed only through `originsChanged`.
 */
export function createSenderOrigins(onPrem: Pick<OnPremHosts, 'sync'>) {
  let origins: Promise<ReadonlySet<string>> = onPrem
    .sync()
    .then((o) => new Set(o))
    .catch(() => new Set<string>());
  /** The on-premises origins as last resolved: what a request handled in the turn of a click can know. */
  let knownOrigins: ReadonlySet<string> = new Set();
  const me = async (): Promise<Self> => {
    knownOrigins = await origins;
    return { ...self(), onPremOrigins: knownOrigins };
  };
  void me();
  return {
    me,
    meNow: (): Self => ({ ...self(), onPremOrigins: knownOrigins }),
    /** The origins changed (added, removed, or revoked in the browser's settings: `list` absent, read again). */
    originsChanged(list?: readonly string[]) {
      origins = list ? Promise.resolve(new Set(list)) : onPrem.sync().then((o) => new Set(o));
    },
  };
}
