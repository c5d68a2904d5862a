import { useEffect, useState } from 'preact/hooks';
import { browser } from '#imports';
import type { OnPremSupport } from '@/utils/contracts/system';
import type { SystemId } from '@/utils/systems/catalog';
import { t } from '@/utils/i18n/i18n';
import { request } from '@/utils/protocol/client';
import { CheckLine } from './CheckLine';
import { Notice, type NoticeText } from './Notice';

/**
 * On-premises or vanity addresses of the system that has them (`onPrem`). Adding one asks the
 * browser for that origin only (an optional host permission, asked on this click), then the guide
 * runs there; removing it gives the permission back.
 */
export function OnPremHosts({ system, onPrem }: { system: SystemId; onPrem: OnPremSupport }) {
  const [hosts, setHosts] = useState<string[] | null>(null);
  const [address, setAddress] = useState('');
  const [notice, setNotice] = useState<NoticeText>(null);
  const check = address.trim() ? onPrem.checkAddress(address) : null;

  useEffect(() => {
    void request({ type: 'hosts/list', system }).then((r) => setHosts(r.ok ? r.data : []));
  }, []);

  const [allowed, setAllowed] = useState<string[] | null>(null);
  useEffect(() => {
    void request({ type: 'settings/get' }).then((r) => r.ok && setAllowed(r.data.values.onPremOrigins[system] ?? null));
  }, []);

  function add(e: Event) {
    e.preventDefault();
    if (!check?.url) return;
    const origin = new URL(check.url).origin;
    // Refuse before the browser asks for the permission, not after.
    if (allowed && !allowed.includes(origin))
      return setNotice({ kind: 'alert', text: t(onPrem.words.notAllowed, allowed.join(', ') || t('hosts_none')) });
    // permissions.request must run in the click's own task (Firefox): no await before it.
    void browser.permissions.request({ origins: [`${origin}/*`] }).then(async (granted) => {
      if (!granted) return setNotice({ kind: 'alert', text: t('hosts_permission_refused', origin) });
      const reply = await request({ type: 'hosts/add', system, origin });
      if (!reply.ok) return setNotice({ kind: 'alert', text: reply.error.message });
      setHosts(reply.data);
      setAddress('');
      setNotice({ kind: 'status', text: t(onPrem.words.added, origin) });
    });
  }

  async function remove(origin: string) {
    const reply = await request({ type: 'hosts/remove', system, origin });
    if (reply.ok) {
      setHosts(reply.data);
      setNotice({ kind: 'status', text: t('hosts_removed', origin) });
    }
  }

  return (
    <section class="card" aria-labelledby={`onprem-heading-${system}`}>
      <h2 id={`onprem-heading-${system}`}>{t(onPrem.words.heading)}</h2>
      <p>{t(onPrem.words.intro)}</p>
      {hosts === null ? (
        <p role="status">{t('loading')}</p>
      ) : hosts.length === 0 ? (
        <p class="empty">{t('hosts_empty')}</p>
      ) : (
        <ul class="hosts">
          {hosts.map((h) => (
            <li key={h}>
              {h}{' '}
              <button type="button" class="link" onClick={() => void remove(h)}>
                {t('hosts_remove', h)}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="paste" onSubmit={add}>
        <div class="field">
          <label for={`onprem-address-${system}`}>{t(onPrem.words.addressLabel)}</label>
          <input
            id={`onprem-address-${system}`}
            type="url"
            placeholder={onPrem.placeholder}
            value={address}
            onInput={(e) => setAddress((e.target as HTMLInputElement).value)}
          />
          {check && <CheckLine level={check.level} message={check.message} />}
        </div>
        <button type="submit" disabled={!check?.url}>
          {t('hosts_add')}
        </button>
      </form>
      <Notice notice={notice} />
    </section>
  );
}
