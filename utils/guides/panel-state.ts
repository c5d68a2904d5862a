import { checkValue } from '../checks/registry';
import type { CapturedView, PanelState } from '../protocol/messages';
import { maskValue, VALUE_LABELS, type ValueName } from '../values';
import { currentStep } from './registry';
import type { Guide } from './types';

/** What the panel shows for a tab: pure, so the background only gathers inputs. */
export function buildPanelState(
  guide: Guide,
  pageId: string | null,
  values: Partial<Record<ValueName, string>>,
  expiresAt: number | null,
): PanelState {
  const captured = Object.entries(values) as [ValueName, string][];
  const step = currentStep(guide, pageId, new Set(captured.map(([n]) => n)));
  return {
    guideId: guide.id,
    guideTitle: guide.title,
    steps: guide.steps.map(({ id, title, instruction }) => ({ id, title, instruction })),
    stepIndex: step ? guide.steps.indexOf(step) : null,
    captures: (step?.captures ?? []).map((name) => ({ name, label: VALUE_LABELS[name] })),
    captured: captured.map(([name, value]): CapturedView => {
      const check = checkValue(name, value);
      return { name, label: VALUE_LABELS[name], shown: maskValue(name, value), level: check.level, message: check.message };
    }),
    expiresAt,
  };
}
