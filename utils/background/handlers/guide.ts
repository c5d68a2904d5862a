import { GUIDES } from '../../guides/registry';
import { withMark } from '../../guides/steps';
import type { Handlers } from '../../protocol/router';
import type { Refresh } from '../deps';
import type { ProgressStore } from '../progress';

/** What the guide handlers need. */
export interface GuideHandlerDeps {
  progress: Pick<ProgressStore, 'update'>;
  refresh: Refresh;
}

/** The admin's own word on the guide: a step done, skipped or gone back to; "not now" and resume. */
export function guideHandlers(deps: GuideHandlerDeps): Pick<Handlers, 'step/mark' | 'guide/rest'> {
  const { progress, refresh } = deps;
  return {
    async 'step/mark'(msg) {
      // Only a step of that guide: a mark for anything else would sit in the progress unread.
      if (!GUIDES[msg.system].steps.some((s) => s.id === msg.step)) return null;
      await progress.update(msg.system, (p) => withMark(p, msg.step, msg.mark));
      await refresh();
      return null;
    },
    async 'guide/rest'(msg) {
      await progress.update(msg.system, (p) => ({ ...p, resting: msg.resting }));
      await refresh();
      return null;
    },
  };
}
