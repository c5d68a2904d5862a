import { useEffect, useState } from 'preact/hooks';
import { request } from '@/utils/protocol/client';
import { LIFETIMES, type EffectiveSettings } from '@/utils/settings/settings';

/** The admin's settings; the ones the organisation set by policy are shown, not changeable. */
export function SettingsForm() {
  const [settings, setSettings] = useState<EffectiveSettings | null>(null);
  const [notice, setNotice] = useState<{ kind: 'status' | 'alert'; text: string } | null>(null);

  useEffect(() => {
    void request<EffectiveSettings>({ type: 'settings/get' }).then((r) => r.ok && setSettings(r.data));
  }, []);

  async function change(update: { ttlMinutes?: number; capturePasswords?: boolean }) {
    const reply = await request<EffectiveSettings>({ type: 'settings/set', ...update });
    if (!reply.ok) return setNotice({ kind: 'alert', text: reply.error.message });
    setSettings(reply.data);
    setNotice({ kind: 'status', text: 'Saved.' });
  }

  if (!settings) return <p role="status">Loading settings…</p>;
  const locked = (k: keyof EffectiveSettings['values']) => settings.locked.includes(k);
  const byOrg = <span class="status"> (set by your organisation)</span>;
  return (
    <section class="card" aria-labelledby="settings-heading">
      <h2 id="settings-heading">Settings</h2>
      <div class="paste">
        <div class="field">
          <label for="ttl">
            Keep captured values for{locked('ttlMinutes') && byOrg}
          </label>
          <select id="ttl" disabled={locked('ttlMinutes')} value={String(settings.values.ttlMinutes)} onChange={(e) => void change({ ttlMinutes: Number((e.target as HTMLSelectElement).value) })}>
            {[...new Set([...LIFETIMES, settings.values.ttlMinutes])].map((m) => (
              <option key={m} value={String(m)}>
                {m} minute{m === 1 ? '' : 's'}
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
            Capture passwords{locked('capturePasswords') && byOrg}
          </label>
        </div>
      </div>
      <div class="notice" role={notice?.kind === 'alert' ? 'alert' : 'status'}>
        {notice?.text}
      </div>
    </section>
  );
}
