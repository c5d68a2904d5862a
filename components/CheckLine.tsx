import type { CheckResult } from '@/utils/contracts/check';

const ICON = { ok: '✓', warn: '!', error: '✕' } as const;

/** One check result: problems are announced as alerts, passing checks as status. */
export function CheckLine({ level, message }: CheckResult) {
  return (
    <span class={`check ${level}`} role={level === 'ok' ? 'status' : 'alert'}>
      <span aria-hidden="true">{ICON[level]} </span>
      {message}
    </span>
  );
}
