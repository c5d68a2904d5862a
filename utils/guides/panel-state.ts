import { checkValue } from '../systems/value-checks';
import type { CheckResult, FormFix } from '../contracts/check';
import type { CapturedView, GuideChecklist, PanelState, RelayView } from './panel-view';
import { currentLanguage, t } from '../i18n/i18n';
import { isSecretValue, maskValue, valueLabel, type ValueName } from '../contracts/values';
import { connectionTestFor } from '../systems/registry';
import { isCatchAllPage } from '../contracts/page';
import { currentStep, doneSteps } from './registry';
import type { Progress } from '../contracts/guide';
import type { KnownGuide } from './registry';

/** What the content script last said about the tab's page. */
export interface PageReport {
  pageId: string | null;
  available: ValueName[];
  checks: (CheckResult & { field: string })[];
  fixes: FormFix[];
  fillable: ValueName[];
}

export interface PanelInputs {
  guide: KnownGuide;
  page: PageReport | null;
  progress: Progress;
  values: Partial<Record<ValueName, string>>;
  /** Values captured on the tab's own origin: the only ones its page may be filled with. */
  pageValues?: Partial<Record<ValueName, string>>;
  expiresAt: number | null;
  /** Findings that replace a value's own check (e.g. "this is the web user's key"). */
  warnings?: Partial<Record<ValueName, CheckResult>>;
  /** Values the settings keep out of the vault: never offered, and their steps count as done. */
  excluded?: ValueName[];
  notes?: string[];
  /** Every other guide with its recorded progress. */
  others?: { guide: KnownGuide; progress: Progress }[];
  relay?: RelayView | null;
}

/** Steps waiting for a value the settings keep out (e.g. the generated password) count as done. */
export function withExcluded(progress: Progress, excluded: readonly ValueName[]): Progress {
  return excluded.length ? { ...progress, captured: [...new Set([...progress.captured, ...excluded])] } : progress;
}


/** What the panel shows for a tab, in the admin's language: pure, so the background only gathers inputs. */
/** A guide's steps as done / current / to do, away from its site (no page on screen). */
export function guideChecklist(guide: KnownGuide, recorded: Progress, excluded: readonly ValueName[] = []): GuideChecklist {
  const progress = withExcluded(recorded, excluded);
  const done = doneSteps(guide, progress, null);
  return {
    guideId: guide.id,
    title: t(guide.title),
    steps: guide.steps.map((s, i) => ({ id: s.id, title: t(s.title), done: done[i]! })),
    stepIndex: currentStep(guide, null, progress).index,
  };
}

export function buildPanelState({ guide, page, progress: recorded, values, pageValues = {}, expiresAt, warnings = {}, excluded = [], notes = [], others = [], relay = null }: PanelInputs): PanelState {
  const pageId = page?.pageId ?? null;
  const progress = withExcluded(recorded, excluded);
  const { step, index, where } = currentStep(guide, pageId, progress);
  const place = pageId === null ? 'unrecognised' : where;
  const instruction =
    place === 'on-page'
      ? t(step.instruction)
      : place === 'via'
        ? t(step.via!.instruction)
        : [step.where, step.instruction].flatMap((k) => (k ? [t(k)] : [])).join(' ');
  const captured = Object.entries(values) as [ValueName, string][];
  const done = doneSteps(guide, progress, pageId);
  return {
    language: currentLanguage(),
    guideId: guide.id,
    guideTitle: t(guide.title),
    steps: guide.steps.map((s, i) => ({ id: s.id, title: t(s.title), instruction: t(s.instruction), where: s.where ? t(s.where) : null, done: done[i]! })),
    stepIndex: index,
    otherGuides: others.map((o) => guideChecklist(o.guide, o.progress, excluded)),
    place,
    instruction,
    captures: (page?.available ?? []).filter((n) => !excluded.includes(n)).map((name) => ({ name, label: valueLabel(name) })),
    checks: page?.checks ?? [],
    fixes: page?.fixes ?? [],
    captured: captured.map(([name, value]): CapturedView => ({
      name,
      label: valueLabel(name),
      shown: maskValue(name, value),
      secret: isSecretValue(name),
      ...(warnings[name] ?? checkValue(name, value)),
    })),
    expiresAt,
    canTestConnection: connectionTestFor(values) !== null,
    pageFillable: (page?.fillable ?? []).filter((v) => pageValues[v] !== undefined),
    notes,
    excluded,
    relay,
    // Our script runs on the tab but the page is none of the steps' pages: it can be outlined.
    canOutline: page !== null && isCatchAllPage(pageId),
    suggestedAccountName: guide.suggestedAccountName ?? null,
  };
}
