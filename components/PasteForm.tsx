import { useState } from 'preact/hooks';
import { checkValue } from '@/utils/checks/registry';
import { t } from '@/utils/i18n/i18n';
import { valueLabel, type ValueName } from '@/utils/values';
import { CheckLine } from './CheckLine';

const FIELDS: ValueName[] = ['userApiKey', 'customerApiKey', 'rootUrl', 'username', 'password'];

interface Props {
  busy: boolean;
  /** Values the settings keep out (e.g. passwords): not asked for. */
  excluded: ValueName[];
  onKeep: (values: Partial<Record<ValueName, string>>) => void;
}

/**
 * Values typed or pasted by hand, with the same checks as captured ones. It lives in our own
 * extension page, so the vendor page's scripts cannot see the keystrokes.
 */
export function PasteForm({ busy, onKeep, excluded }: Props) {
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
        {FIELDS.filter((name) => !excluded.includes(name)).map((name) => {
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
