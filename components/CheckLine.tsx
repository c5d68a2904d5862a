import type { CheckResult } from '@/utils/contracts/check';

const ICON = { ok: '✓', warn: '!', error: '✕', neutral: '○' } as const;

/** One check result: problems are announced as alerts, passing checks as status, untouched fields not at all. */
export function CheckLine({ level, message }: CheckResult) {
  return (
    <span class={`check ${level}`} role={level === 'ok' ? 'status' : level === 'neutral' ? undefined : 'alert'}>
      <span aria-hidden="true">{ICON[level]} </span>
      {message}
    </span>
  );
}
