import { useEffect, useState } from 'preact/hooks';
import { browser } from '#imports';
import { checkVantagepointUrl } from '@/utils/checks/vantagepoint';
import { request } from '@/utils/protocol/client';
import type { EffectiveSettings } from '@/utils/settings/settings';
import { CheckLine } from './CheckLine';

/**
 * On-premises or vanity Vantagepoint addresses. Adding one asks the browser for that origin only
 * (an optional host permission, asked on this click), then the guide runs there; removing it gives
 * the permission back.
 */
export function OnPremHosts() {
  const [hosts, setHosts] = useState<string[] | null>(null);
  const [address, setAddress] = useState('');
  const [notice, setNotice] = useState<{ kind: 'status' | 'alert'; text: string } | null>(null);
  const check = address.trim() ? checkVantagepointUrl(address) : null;

  useEffect(() => {
    void request<string[]>({ type: 'hosts/list' }).then((r) => setHosts(r.ok ? r.data : []));
  }, []);

  const [allowed, setAllowed] = useState<string[] | null>(null);
  useEffect(() => {
    void request<EffectiveSettings>({ type: 'settings/get' }).then((r) => r.ok && setAllowed(r.data.values.vantagepointOrigins));
  }, []);

  function add(e: Event) {
    e.preventDefault();
    if (!check?.url) return;
    const origin = new URL(check.url).origin;
    // Refuse before the browser asks for the permission, not after.
    if (allowed && !allowed.includes(origin))
      return setNotice({ kind: 'alert', text: `Your organisation allows only these Vantagepoint addresses: ${allowed.join(', ') || 'none'}.` });
    // permissions.request must run in the click's own task (Firefox): no await before it.
    void browser.permissions.request({ origins: [`${origin}/*`] }).then(async (granted) => {
      if (!granted) return setNotice({ kind: 'alert', text: `Access to ${origin} was not granted, so the guide cannot run there.` });
      const reply = await request<string[]>({ type: 'hosts/add', origin });
      if (!reply.ok) return setNotice({ kind: 'alert', text: reply.error.message });
      setHosts(reply.data);
      setAddress('');
      setNotice({ kind: 'status', text: `Added ${origin}. Reload its Vantagepoint tab to start the guide there.` });
    });
  }

  async function remove(origin: string) {
    const reply = await request<string[]>({ type: 'hosts/remove', origin });
    if (reply.ok) {
      setHosts(reply.data);
      setNotice({ kind: 'status', text: `Removed ${origin}; the extension no longer has access to it.` });
    }
  }

  return (
    <section class="card" aria-labelledby="onprem-heading">
      <h2 id="onprem-heading">Vantagepoint on your own server</h2>
      <p>Deltek-hosted addresses (…deltekfirst.com) work as they are. Add your own Vantagepoint address here.</p>
      {hosts === null ? (
        <p role="status">Loading…</p>
      ) : hosts.length === 0 ? (
        <p class="empty">No addresses added.</p>
      ) : (
        <ul class="hosts">
          {hosts.map((h) => (
            <li key={h}>
              {h}{' '}
              <button type="button" class="link" onClick={() => void remove(h)}>
                Remove {h}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="paste" onSubmit={add}>
        <div class="field">
          <label for="vp-address">Vantagepoint address</label>
          <input
            id="vp-address"
            type="url"
            placeholder="https://vantagepoint.example.com/Acme/app/"
            value={address}
            onInput={(e) => setAddress((e.target as HTMLInputElement).value)}
          />
          {check && <CheckLine level={check.level} message={check.message} />}
        </div>
        <button type="submit" disabled={!check?.url}>
          Add address
        </button>
      </form>
      <div class="notice" role={notice?.kind === 'alert' ? 'alert' : 'status'}>
        {notice?.text}
      </div>
    </section>
  );
}
