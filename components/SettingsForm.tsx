import { useEffect, useState } from 'preact/hooks';
import { plural, t } from '@/utils/i18n/i18n';
import { request } from '@/utils/protocol/client';
import { LANGUAGES, type Language } from '@/utils/i18n/locales';
import { LIFETIMES, SHOW_ON_PAGES, type EffectiveSettings, type ShowOnPages } from '@/utils/settings/settings';
import { Notice, type NoticeText } from './Notice';

/** Each language in its own name, so an admin can find theirs whatever the page is in. */
const LANGUAGE_NAMES: Record<Exclude<Language, 'auto'>, string> = { en: 'English', es: 'Español', fr: 'Français' };

/** Said beside a setting the organisation's policy fixed. */
const ByOrganisation = () => <span class="status"> ({t('set_by_organisation')})</span>;

interface SettingSelectProps {
  id: string;
  label: string;
  locked: boolean;
  value: string;
  options: { value: string; label: string; lang?: string }[];
  onChange(value: string): void;
}

/** One setting chosen from a list, labelled, and shown but not changeable when the policy set it. */
function SettingSelect({ id, label, locked, value, options, onChange }: SettingSelectProps) {
  return (
    <div class="field">
      <label for={id}>
        {label}
        {locked && <ByOrganisation />}
      </label>
      <select id={id} disabled={locked} value={value} onChange={(e) => onChange((e.target as HTMLSelectElement).value)}>
        {options.map((o) => (
          <option key={o.value} value={o.value} lang={o.lang}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The admin's settings; the ones the organisation set by policy are shown, not changeable. */
export function SettingsForm() {
  const [settings, setSettings] = useState<EffectiveSettings | null>(null);
  const [notice, setNotice] = useState<NoticeText>(null);
  // A background that cannot answer is said, not left as "Loading" for ever.
  const [failed, setFailed] = useState<string | null>(null);

  useEffect(() => {
    void request({ type: 'settings/get' }).then((r) => (r.ok ? setSettings(r.data) : setFailed(r.error.message)));
  }, []);

  async function change(update: { ttlMinutes?: number; capturePasswords?: boolean; language?: Language; showOnPages?: ShowOnPages }) {
    const reply = await request({ type: 'settings/set', ...update });
    if (!reply.ok) return setNotice({ kind: 'alert', text: reply.error.message });
    if (update.language) return location.reload();
    setSettings(reply.data);
    setNotice({ kind: 'status', text: t('saved') });
  }

  if (failed !== null)
    return (
      <p class="alert" role="alert">
        {failed}
      </p>
    );
  if (!settings) return <p role="status">{t('settings_loading')}</p>;
  const locked = (k: keyof EffectiveSettings['values']) => settings.locked.includes(k);
  return (
    <section class="card" aria-labelledby="settings-heading">
      <h2 id="settings-heading">{t('settings_heading')}</h2>
      <div class="paste">
        <SettingSelect
          id="ttl"
          label={t('settings_lifetime')}
          locked={locked('ttlMinutes')}
          value={String(settings.values.ttlMinutes)}
          options={[...new Set([...LIFETIMES, settings.values.ttlMinutes])].map((m) => ({
            value: String(m),
            label: plural(m, 'minutes_one', 'minutes_other'),
          }))}
          onChange={(v) => void change({ ttlMinutes: Number(v) })}
        />
        <SettingSelect
          id="language"
          label={t('settings_language')}
          locked={locked('language')}
          value={settings.values.language}
          options={LANGUAGES.map((l) => ({
            value: l,
            label: l === 'auto' ? t('settings_language_auto') : LANGUAGE_NAMES[l],
            lang: l === 'auto' ? undefined : l,
          }))}
          onChange={(v) => void change({ language: v as Language })}
        />
        <SettingSelect
          id="show-on-pages"
          label={t('settings_show_on_pages')}
          locked={locked('showOnPages')}
          value={settings.values.showOnPages}
          options={SHOW_ON_PAGES.map((v) => ({ value: v, label: t(v === 'never' ? 'show_never' : 'show_unfinished') }))}
          onChange={(v) => void change({ showOnPages: v as ShowOnPages })}
        />
        <div class="field">
          <label>
            <input
              type="checkbox"
              id="capture-passwords"
              disabled={locked('capturePasswords')}
              checked={settings.values.capturePasswords}
              onChange={(e) => void change({ capturePasswords: (e.target as HTMLInputElement).checked })}
            />{' '}
            {t('settings_capture_passwords')}
            {locked('capturePasswords') && <ByOrganisation />}
          </label>
        </div>
      </div>
      <Notice notice={notice} />
    </section>
  );
}
