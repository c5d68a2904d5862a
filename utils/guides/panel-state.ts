import { checkValue } from '../systems/value-checks';
import { isSecretIn, type SystemBehaviour } from '../contracts/behaviour';
import type { CheckResult } from '../contracts/check';
import type { CapturedView, GuideChecklist, PanelState, RelayView } from './panel-view';
import { currentLanguage, t } from '../i18n/i18n';
import { maskValue, valueLabel, type ValueName } from '../contracts/values';
import { connectionTestFor, SYSTEMS } from '../systems/registry';
import { isCatchAllPage } from '../contracts/page';
import { currentStep, doneSteps, stepStatuses, type StepStatus } from './steps';
import type { Progress } from '../contracts/guide';
import type { KnownGuide } from './registry';
import { systemValues } from '../systems/catalog';

/** What the content script last said about the tab's page. */
export interface PageReport {
  pageId: string | null;
  available: ValueName[];
  checks: (CheckResult & { field: string })[];
  fixes: string[];
  fillable: ValueName[];
  /** Short fingerprints of the values the page shows (never the values). */
  fingerprints?: Partial<Record<ValueName, string>>;
}

export interface PanelInputs {
  guide: KnownGuide;
  page: PageReport | null;
  progress: Progress;
  values: Partial<Record<ValueName, string>>;
  /** Values captured on the tab's own origin: the only ones its page may be filled with. */
  pageValues?: Partial<Record<ValueName, string>>;
  expiresAt: number | null;
  /** When the held values must go however often they are kept longer (the policy's cap). */
  holdEndsAt?: number | null;
  /** How many minutes "Keep longer" adds (the lifetime in force). */
  keepMinutes?: number;
  /** When captured values last ran out of time. */
  expiredAt?: number | null;
  /** Fingerprints of the kept values, to tell whether the page shows the same one. */
  keptFingerprints?: Partial<Record<ValueName, string>>;
  /** Findings that replace a value's own check (e.g. "this is the web user's key"). */
  warnings?: Partial<Record<ValueName, CheckResult>>;
  /** Values the settings keep out of the vault: never offered, and their steps count as done. */
  excluded?: ValueName[];
  notes?: string[];
  /** Every other guide with its recorded progress. */
  others?: { guide: KnownGuide; progress: Progress }[];
  relay?: RelayView | null;
  /** The host of the panel's tab (null: no tab, or not known). */
  host?: string | null;
  /** The panel's tab is the Together tab a Send is bound to. */
  onTogether?: boolean;
  /** The origin each held value was captured on (null: typed in). */
  valueOrigins?: Partial<Record<ValueName, string | null>>;
  /** The host of a vendor Save that would replace kept values, offered to the admin. */
  savedOn?: string | null;
  /** The origin the tab showed before its page moved to another host. */
  movedFrom?: string | null;
}

/** The tab's page moved to another host (a look-alike, another tenant). */
const tabMoved = (host: string | null, from: string | null) =>
  host && from && new URL(from).host !== host ? { from: new URL(from).host, to: host } : null;

/** The host the guide's held values were captured on when the tab now shows another. */
function valuesFrom(
  host: string | null,
  origins: Partial<Record<ValueName, string | null>>,
  own: readonly ValueName[],
): { from: string; to: string } | null {
  if (!host) return null;
  for (const name of own) {
    const origin = origins[name];
    const from = origin ? new URL(origin).host : null;
    if (from && from !== host) return { from, to: host };
  }
  return null;
}

/** Steps waiting for a value the settings keep out (e.g. the generated password) count as done. */
export function withExcluded(progress: Progress, excluded: readonly ValueName[]): Progress {
  return excluded.length ? { ...progress, captured: [...new Set([...progress.captured, ...excluded])] } : progress;
}

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

/**
 * Values the page can give that the guide should offer: not kept out by the settings, and not
 * already kept unless the page now shows a different one (then the capture replaces it).
 */
function offeredCaptures(
  page: PageReport | null,
  kept: Partial<Record<ValueName, string>>,
  keptFingerprints: Partial<Record<ValueName, string>>,
  excluded: readonly ValueName[],
) {
  return (page?.available ?? [])
    .filter((n) => !excluded.includes(n))
    .flatMap((name) => {
      if (kept[name] === undefined) return [{ name, label: valueLabel(name), replaces: false }];
      const shown = page?.fingerprints?.[name];
      return shown && shown !== keptFingerprints[name] ? [{ name, label: valueLabel(name), replaces: true }] : [];
    });
}

/** Every step of the guide, in the admin's language, with its status. */
const stepViews = (guide: KnownGuide, status: StepStatus[]) =>
  guide.steps.map((s, i) => ({
    id: s.id,
    title: t(s.title),
    instruction: t(s.instruction),
    directions: s.directions ? t(s.directions) : null,
    done: status[i] !== 'to-do',
    status: status[i]!,
    shownOnce: s.shownOnce === true,
  }));

/** One held value as the panel lists it: masked as its system says, with its check (or a warning about it). */
const capturedView = (
  name: ValueName,
  value: string,
  behaviour: SystemBehaviour,
  warnings: PanelInputs['warnings'] = {},
): CapturedView => ({
  name,
  label: valueLabel(name),
  shown: maskValue(value, isSecretIn(behaviour, name)),
  secret: isSecretIn(behaviour, name),
  ...(warnings[name] ?? checkValue(name, value)),
});

/** The step in words for where the admin is: on its page, on the way to it, or from anywhere (with directions). */
const instructionFor = (step: KnownGuide['steps'][number], place: PanelState['place']) =>
  place === 'on-page'
    ? t(step.instruction)
    : place === 'via'
      ? t(step.via!.instruction)
      : [step.directions, step.instruction].flatMap((k) => (k ? [t(k)] : [])).join(' ');

/** How many of the values Together takes are held, and which are not yet. */
const sendableOf = (wanted: ValueName[], values: Partial<Record<ValueName, string>>) => ({
  have: wanted.filter((n) => values[n] !== undefined).length,
  of: wanted.length,
  missing: wanted.filter((n) => values[n] === undefined).map(valueLabel),
});

/** What the panel shows for a tab, in the admin's language: pure, so the background only gathers inputs. */
export function buildPanelState({
  guide,
  page,
  progress: recorded,
  values: held,
  pageValues = {},
  expiresAt,
  holdEndsAt = null,
  keepMinutes = 10,
  expiredAt = null,
  keptFingerprints = {},
  warnings = {},
  excluded = [],
  notes = [],
  others = [],
  relay = null,
  host = null,
  onTogether = false,
  valueOrigins = {},
  savedOn = null,
  movedFrom = null,
}: PanelInputs): PanelState {
  const pageId = page?.pageId ?? null;
  const progress = withExcluded(recorded, excluded);
  const { step, index, place: onPage, openBefore } = currentStep(guide, pageId, progress);
  // Values belong to their guide: another system's keys are never listed, offered or sent from here.
  const own = systemValues(guide.id);
  const { behaviour } = SYSTEMS[guide.id];
  const values = Object.fromEntries(Object.entries(held).filter(([n]) => own.includes(n as ValueName))) as Partial<
    Record<ValueName, string>
  >;
  const place = pageId === null ? 'unrecognised' : onPage;
  const instruction = instructionFor(step, place);
  const captured = Object.entries(values) as [ValueName, string][];
  /** The values Together's form takes, but for those the settings keep out. */
  const wanted = own.filter((n) => !excluded.includes(n));
  const status = stepStatuses(guide, progress, pageId);
  const last = guide.steps.length - 1;
  return {
    language: currentLanguage(),
    guideId: guide.id,
    guideTitle: t(guide.title),
    steps: stepViews(guide, status),
    stepIndex: index,
    openBefore: openBefore.map((i) => ({ number: i + 1, title: t(guide.steps[i]!.title) })),
    finished: status.every((s) => s !== 'to-do'),
    resting: recorded.resting,
    // The admin may vouch for a step the extension could not see, or skip one; not the last
    // (sending is the guide's end, and Together's own form shows whether it arrived).
    markable: index < last && status[index] === 'to-do',
    otherGuides: others.map((o) => guideChecklist(o.guide, o.progress, excluded)),
    place,
    instruction,
    captures: offeredCaptures(page, values, keptFingerprints, excluded),
    checks: page?.checks ?? [],
    fixes: (page?.fixes ?? []).flatMap((id) => {
      const label = behaviour.fixes[id];
      return label ? [{ id, label: t(label, guide.suggestedAccountName ?? '') }] : [];
    }),
    captured: captured.map(([name, value]) => capturedView(name, value, behaviour, warnings)),
    expiresAt,
    holdEndsAt,
    keepMinutes,
    // Said while nothing is held: values that ran out of time never vanish silently.
    expiredAt: captured.length === 0 ? expiredAt : null,
    canTestConnection: connectionTestFor(values) !== null,
    pageFillable: (page?.fillable ?? []).filter((v) => pageValues[v] !== undefined),
    notes,
    excluded,
    relay,
    sendable: sendableOf(wanted, values),
    sendIsNext: wanted.every((n) => values[n] !== undefined) || step.page === 'together',
    // On a step's own page there is nothing to find, unless that page is "anywhere else on the site".
    find:
      !step.find || (place === 'on-page' && !isCatchAllPage(step.page))
        ? null
        : { term: step.find.term, href: step.find.path && host ? `https://${host}${step.find.path}` : null },
    host,
    onTogether,
    savedOn,
    hostMoved: onTogether ? null : (tabMoved(host, movedFrom) ?? valuesFrom(host, valueOrigins, Object.keys(values) as ValueName[])),
    // Our script runs on the tab but the page is none of the steps' pages: it can be outlined.
    canOutline: page !== null && isCatchAllPage(pageId),
    suggestedAccountName: guide.suggestedAccountName ?? null,
  };
}
