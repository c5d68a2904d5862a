import { useState } from 'preact/hooks';
import { checkValue } from '@/utils/systems/value-checks';
import { t } from '@/utils/i18n/i18n';
import { valueLabel, type ValueName } from '@/utils/contracts/values';
import { CheckLine } from './CheckLine';

interface Props {
  /** The guide's values, in its order. */
  fields: readonly ValueName[];
  busy: boolean;
  /** Values the settings keep out (e.g. passwords): not asked for. */
  excluded: ValueName[];
  onKeep: (values: Partial<Record<ValueName, string>>) => void;
}

/**
 * Values typed or pasted by hand, with the same checks as captured ones. It lives in the side
 * panel, where no page can see the keystrokes or take the focus.
 */
export function PasteForm({ busy, onKeep, excluded, fields }: Props) {
  const [values, setValues] = useState<Partial<Record<ValueName, string>>>({});
  const filled = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== '')) as typeof values;

  const props = (id: string, name: ValueName, value: string) => ({
    id,
    autocomplete: 'off',
    spellcheck: false,
    value,
    onInput: (e: Event) => setValues((s) => ({ ...s, [name]: (e.target as HTMLInputElement).value })),
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
        {fields
          .filter((name) => !excluded.includes(name))
          .map((name) => {
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
