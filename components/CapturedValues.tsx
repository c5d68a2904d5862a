import { useRef, useState } from 'preact/hooks';
import { currentLanguage, plural, t } from '@/utils/i18n/i18n';
import type { CapturedView } from '@/utils/guides/panel-view';
import type { ValueName } from '@/utils/contracts/values';
import { CheckLine } from './CheckLine';
import { CopyIcon, EyeIcon, EyeOffIcon } from './Icons';

interface Props {
  captured: CapturedView[];
  /** How many values the guide collects, and how many of them the settings leave in: once those are in and right, the list folds to one line. */
  total: number;
  wanted: number;
  expiresAt: number | null;
  now: number;
  /** Asks the background for one value; resolves to it, or null when it is gone. */
  reveal: (name: ValueName) => Promise<string | null>;
  /** Copies a value to the clipboard (emptied again 60 s later by the background). */
  copy?: (name: ValueName, label: string) => void;
  /** When values last ran out of time (said while nothing is held). */
  expiredAt?: number | null;
  /** "Keep N more minutes", offered in the last two minutes while the policy's cap allows. */
  keepLonger?: { minutes: number; possible: boolean; busy: boolean; onKeep: () => void };
}

/** The warning shows this long before the values are forgotten. */
export const EXPIRY_WARNING_MS = 2 * 60_000;

function timeLeft(expiresAt: number, now: number): string {
  const min = Math.max(0, Math.round((expiresAt - now) / 60_000));
  return min < 1 ? t('expiry_under_minute') : min === 1 ? t('expiry_one_minute') : t('expiry_minutes', min);
}

const REVEAL_MS = 30_000;

/** The value captured last while the panel was open (none for what was there when it opened). */
function useLatest(captured: CapturedView[]): CapturedView | null {
  const before = useRef<ValueName[] | null>(null);
  const latest = useRef<ValueName | null>(null);
  const names = captured.map((c) => c.name);
  if (before.current)
    latest.current = names.find((n) => !before.current!.includes(n)) ?? (names.includes(latest.current!) ? latest.current : null);
  before.current = names;
  return captured.find((c) => c.name === latest.current) ?? null;
}

/** One line a value: its name, the masked value, icon buttons named for what they do, its check. */
function ValueLine({
  value: c,
  revealed,
  onToggle,
  copy,
}: {
  value: CapturedView;
  revealed?: string;
  onToggle: () => void;
  copy?: Props['copy'];
}) {
  const label = revealed !== undefined ? t('hide_value', c.label) : t('reveal_value', c.label);
  return (
    <li class="value">
      <span class="name">{c.label}</span> <span class="shown">{revealed ?? c.shown}</span>
      {c.secret && (
        <button type="button" class="icon" aria-label={label} title={label} aria-pressed={revealed !== undefined} onClick={onToggle}>
          {revealed !== undefined ? <EyeOffIcon /> : <EyeIcon />}
        </button>
      )}
      {copy && (
        <button
          type="button"
          class="icon"
          aria-label={t('copy_value', c.label)}
          title={t('copy_value', c.label)}
          onClick={() => copy(c.name, c.label)}
        >
          <CopyIcon />
        </button>
      )}
      <CheckLine level={c.level} message={c.message} />
    </li>
  );
}

/** What has been captured: masked secrets (revealable for 30 s), each with its check result. */
export function CapturedValues({ captured, total, wanted, expiresAt, now, reveal, copy, keepLonger, expiredAt = null }: Props) {
  const [shown, setShown] = useState<Partial<Record<ValueName, string>>>({});
  const latest = useLatest(captured);
  const [open, setOpen] = useState(false);

  async function toggle(name: ValueName) {
    if (shown[name] !== undefined) return setShown(({ [name]: _, ...rest }) => rest as typeof shown);
    const value = await reveal(name);
    if (value === null) return;
    setShown((s) => ({ ...s, [name]: value }));
    setTimeout(() => setShown(({ [name]: _, ...rest }) => rest as typeof shown), REVEAL_MS);
  }

  const folded = captured.length >= wanted && captured.every((c) => c.level === 'ok');
  const list = (
    <ul class="captured">
      {captured.map((c) => (
        <ValueLine key={c.name} value={c} revealed={shown[c.name]} onToggle={() => void toggle(c.name)} copy={copy} />
      ))}
    </ul>
  );

  return (
    <section class="card" aria-labelledby="captured-heading">
      <h2 id="captured-heading">{t('captured_heading')}</h2>
      {captured.length === 0 ? (
        <>
          <p class="empty">{t('captured_empty')}</p>
          {expiredAt !== null && (
            <p class="alert" role="alert">
              {t('values_expired', new Intl.DateTimeFormat(currentLanguage(), { timeStyle: 'short' }).format(expiredAt))}
            </p>
          )}
        </>
      ) : (
        <>
          {folded ? (
            <>
              {/* Everything in and right: one line, the values behind it (native <details>: keyboard and screen readers know it). */}
              <details class="captured-all" onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
                <summary>
                  {`${t('captured_summary', captured.length, total)} ✓`}
                  {/* Folded, the summary still says each value's check to a screen reader (and to a search of the panel's text). */}
                  {!open && <span class="sr-only"> {captured.map((c) => `${c.label} ${c.shown}: ${c.message}`).join(' ')}</span>}
                </summary>
                {list}
              </details>
              {/* What the last capture found stays in view while the list is folded. */}
              {latest && !open && <CheckLine level={latest.level} message={latest.message} />}
            </>
          ) : (
            list
          )}
          {expiresAt !== null && <p class="expiry">{timeLeft(expiresAt, now)}</p>}
          {expiresAt !== null && keepLonger && expiresAt - now <= EXPIRY_WARNING_MS && (
            <div class="alert" role="alert">
              <p>{t('expiry_soon')}</p>
              {keepLonger.possible ? (
                <button type="button" disabled={keepLonger.busy} onClick={keepLonger.onKeep}>
                  {plural(keepLonger.minutes, 'keep_more_one', 'keep_more_other')}
                </button>
              ) : (
                <p>{t('expiry_cap')}</p>
              )}
            </div>
          )}
        </>
      )}
    </section>
  );
}
