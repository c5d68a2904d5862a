import { useRef, useState } from 'preact/hooks';
import { checkValue } from '@/utils/systems/value-checks';
import { t } from '@/utils/i18n/i18n';
import { valueLabel, type ValueName } from '@/utils/contracts/values';
import { CheckLine } from './CheckLine';

/** Focus leaving the panel this soon after a keystroke was not the admin's doing (they were typing). */
const TYPING_MS = 1_500;

interface Props {
  /** The guide's values, in its order. */
  fields: readonly ValueName[];
  busy: boolean;
  /** Values the settings keep out (e.g. passwords): not asked for. */
  excluded: ValueName[];
  onKeep: (values: Partial<Record<ValueName, string>>) => void;
}

/**
 * Values typed or pasted by hand, with the same checks as captured ones. It lives in our own
 * extension page, so the vendor page's scripts cannot see the keystrokes.
 */
export function PasteForm({ busy, onKeep, excluded, fields }: Props) {
  const [values, setValues] = useState<Partial<Record<ValueName, string>>>({});
  const [stolen, setStolen] = useState(false);
  const lastKey = useRef(0);
  const filled = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== '')) as typeof values;

  const props = (id: string, name: ValueName, value: string) => ({
    id,
    autocomplete: 'off',
    spellcheck: false,
    value,
    onInput: (e: Event) => {
      setStolen(false);
      setValues((s) => ({ ...s, [name]: (e.target as HTMLInputElement).value }));
    },
    onKeyDown: () => (lastKey.current = performance.now()),
    // A page can pull focus out of our frame while the admin types (a hidden field of its own), so
    // the rest of a secret would go to the page. When focus leaves the panel mid-typing, say so and
    // clear the field: nothing is split between the panel and the page.
    onBlur: () =>
      setTimeout(() => {
        if (document.hasFocus() || performance.now() - lastKey.current > TYPING_MS) return;
        setValues((s) => ({ ...s, [name]: '' }));
        setStolen(true);
      }, 0),
  });

  function keep(e: Event) {
    e.preventDefault();
    onKeep(filled);
    setValues({});
  }

  return (
    <details class="card">
      <summary id="paste-form-toggle">{t('paste_heading')}</summary>
      <form class="paste" onSubmit={keep}>
        {stolen && (
          <p class="alert" role="alert">
            {t('paste_focus_taken')}
          </p>
        )}
        {fields.filter((name) => !excluded.includes(name)).map((name) => {
          const id = `paste-${name}`;
          const v = values[name] ?? '';
          return (
            <div key={name} class="field">
              <label for={id}>{valueLabel(name)}</label>
              {name === 'password' ? <input type="password" {...props(id, name, v)} /> : <input type="text" {...props(id, name, v)} />}
              {v !== '' && <CheckLine {...checkValue(name, v)} />}
            </div>
          );
        })}
        <button type="submit" disabled={busy || Object.keys(filled).length === 0}>
          {t('paste_keep')}
        </button>
      </form>
    </details>
  );
}
