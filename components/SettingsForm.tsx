import { useEffect, useState } from 'preact/hooks';
import { plural, t } from '@/utils/i18n/i18n';
import { request } from '@/utils/protocol/client';
import { LANGUAGES, type Language } from '@/utils/i18n/locales';
import { LIFETIMES, SHOW_ON_PAGES, type EffectiveSettings, type ShowOnPages } from '@/utils/settings/settings';
import { Notice, type NoticeText } from './Notice';

/** Each language in its own name, so an admin can find theirs whatever the page is in. */
const LANGUAGE_NAMES: Record<Exclude<Language, 'auto'>, string> = { en: 'English', es: 'Español', fr: 'Français' };

/** The admin's settings; the ones the organisation set by policy are shown, not changeable. */
export function SettingsForm() {
  const [settings, setSettings] = useState<EffectiveSettings | null>(null);
  const [notice, setNotice] = useState<NoticeText>(null);

  useEffect(() => {
    void request({ type: 'settings/get' }).then((r) => r.ok && setSettings(r.data));
  }, []);

  async function change(update: { ttlMinutes?: number; capturePasswords?: boolean; language?: Language; showOnPages?: ShowOnPages }) {
    const reply = await request({ type: 'settings/set', ...update });
    if (!reply.ok) return setNotice({ kind: 'alert', text: reply.error.message });
    if (update.language) return location.reload();
    setSettings(reply.data);
    setNotice({ kind: 'status', text: t('saved') });
  }

  if (!settings) return <p role="status">{t('settings_loading')}</p>;
  const locked = (k: keyof EffectiveSettings['values']) => settings.locked.includes(k);
  const byOrg = <span class="status"> ({t('set_by_organisation')})</span>;
  return (
    <section class="card" aria-labelledby="settings-heading">
      <h2 id="settings-heading">{t('settings_heading')}</h2>
      <div class="paste">
        <div class="field">
          <label for="ttl">
            {t('settings_lifetime')}
            {locked('ttlMinutes') && byOrg}
          </label>
          <select id="ttl" disabled={locked('ttlMinutes')} value={String(settings.values.ttlMinutes)} onChange={(e) => void change({ ttlMinutes: Number((e.target as HTMLSelectElement).value) })}>
            {[...new Set([...LIFETIMES, settings.values.ttlMinutes])].map((m) => (
              <option key={m} value={String(m)}>
                {plural(m, 'minutes_one', 'minutes_other')}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="language">
            {t('settings_language')}
            {locked('language') && byOrg}
          </label>
          <select id="language" disabled={locked('language')} value={settings.values.language} onChange={(e) => void change({ language: (e.target as HTMLSelectElement).value as Language })}>
            {LANGUAGES.map((l) => (
              <option key={l} value={l} lang={l === 'auto' ? undefined : l}>
                {l === 'auto' ? t('settings_language_auto') : LANGUAGE_NAMES[l]}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="show-on-pages">
            {t('settings_show_on_pages')}
            {locked('showOnPages') && byOrg}
          </label>
          <select
            id="show-on-pages"
            disabled={locked('showOnPages')}
            value={settings.values.showOnPages}
            onChange={(e) => void change({ showOnPages: (e.target as HTMLSelectElement).value as ShowOnPages })}
          >
            {SHOW_ON_PAGES.map((v) => (
              <option key={v} value={v}>
                {t(v === 'never' ? 'show_never' : 'show_unfinished')}
              </option>
            ))}
          </select>
        </div>
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
            {locked('capturePasswords') && byOrg}
          </label>
        </div>
      </div>
      <Notice notice={notice} />
    </section>
  );
}
