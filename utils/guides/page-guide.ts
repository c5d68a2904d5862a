import type { Guide, Progress } from '../contracts/guide';
import { t } from '../i18n/i18n';
import type { ShowOnPages } from '../settings/settings';
import { currentStep, isFinished } from './steps';

/** What a vendor tab shows of the guide, and what the toolbar button says on that tab. */
export interface PageGuide {
  /** The step's target to outline (with `callout`, the step in words beside it). */
  anchor: string | null;
  callout: string | null;
  /** The step's number, shown in place of the callout where its words would cover the page. */
  pin: string | null;
  /** The button that opens the guide. */
  launcher: boolean;
  /** The toolbar button's badge and tooltip on this tab. */
  badge: string;
  title: string;
}

/**
 * The page shows the guide only while it has something to say: never for a finished guide, nor
 * one the admin put to rest ("not now") or set to open from the toolbar only, unless the admin has
 * the guide open beside this very page.
 */
export function pageGuide(
  guide: Guide,
  pageId: string | null,
  p: Progress,
  o: { panelOpen: boolean; showOnPages: ShowOnPages },
): PageGuide {
  const { step, index, place } = currentStep(guide, pageId, p);
  const finished = isFinished(guide, p);
  const onPages = !finished && !p.resting && o.showOnPages === 'unfinished';
  const outline = !finished && (o.panelOpen || onPages);
  const anchor = outline ? ((place === 'on-page' ? step.highlight : place === 'via' ? step.via?.highlight : undefined) ?? null) : null;
  return {
    anchor,
    callout: anchor && t('callout', index + 1, guide.steps.length, t(step.title)),
    pin: anchor && String(index + 1),
    launcher: onPages && !o.panelOpen,
    badge: finished ? '✓' : `${index + 1}/${guide.steps.length}`,
    title: finished
      ? t('toolbar_finished', t(guide.title))
      : t('toolbar_step', t(guide.title), index + 1, guide.steps.length, t(step.title)),
  };
}
