import { useEffect, useState } from 'preact/hooks';
import { valueLabel } from '@/utils/contracts/values';
import { formatDateTime, plural, t } from '@/utils/i18n/i18n';
import { request } from '@/utils/protocol/client';
import type { Sealed as HandOffSealed } from '@/utils/handoff/handoff';
import type { SystemId } from '@/utils/systems/catalog';
import { Notice, type NoticeText } from './Notice';

/** The lifetimes offered, up to what policy allows (24 h at most). */
const HOURS = [1, 4, 8, 24];
const hoursUpTo = (max: number) => [...new Set([...HOURS.filter((h) => h < max), max])];

/** Saves the envelope as a small text file (`.age`, ASCII-armored), from our own page. */
function download(sealed: HandOffSealed) {
  const url = URL.createObjectURL(new Blob([sealed.envelope], { type: 'text/plain' }));
  const a = Object.assign(document.createElement('a'), { href: url, download: sealed.fileName });
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The sealed envelope: the passphrase, shown this once, the advice, and the envelope to pass on. */
function SealedEnvelope({ sealed, onDone }: { sealed: HandOffSealed; onDone(): void }) {
  const [notice, setNotice] = useState<NoticeText>(null);
  const copy = () =>
    navigator.clipboard.writeText(sealed.envelope).then(
      () => setNotice({ kind: 'status', text: t('handoff_copied') }),
      () => setNotice({ kind: 'alert', text: t('copy_failed') }),
    );
  return (
    <div class="handoff-sealed">
      <p>{t('handoff_sealed_summary', sealed.names.map(valueLabel).join(', '), formatDateTime(sealed.expiresAt))}</p>
      <p class="name">{t('handoff_passphrase_label')}</p>
      <p class="passphrase" data-handoff-passphrase>
        {sealed.passphrase}
      </p>
      <p>{t('handoff_passphrase_advice')}</p>
      <label>
        {t('handoff_envelope_label')}
        <textarea readOnly rows={4} spellcheck={false} value={sealed.envelope} data-handoff-envelope />
      </label>
      <div class="actions">
        <button type="button" onClick={() => download(sealed)}>
          {t('handoff_download')}
        </button>
        <button type="button" onClick={() => void copy()}>
          {t('handoff_copy')}
        </button>
        <button type="button" class="link" onClick={onDone}>
          {t('handoff_done')}
        </button>
      </div>
      <Notice notice={notice} />
    </div>
  );
}

/**
 * "Hand off to a colleague" (issue 28): seals this guide's values into an age envelope, in the
 * worker (the panel never sees the values), for as long as the admin chooses within policy. The
 * passphrase lives only in this component's state: gone when the admin says done or the panel closes.
 */
export function HandOffSeal({ guide }: { guide: SystemId }) {
  // Shown at once (no pop-in while settings load); gone only if the organisation turned it off.
  const [maxHours, setMaxHours] = useState<number | null>(24);
  const [hours, setHours] = useState(24);
  const [sealedBy, setSealedBy] = useState('');
  const [busy, setBusy] = useState(false);
  const [sealed, setSealed] = useState<HandOffSealed | null>(null);
  const [notice, setNotice] = useState<NoticeText>(null);
  useEffect(() => {
    void request({ type: 'settings/get' }).then((r) => {
      if (!r.ok) return;
      if (!r.data.values.handOff) return setMaxHours(null);
      setMaxHours(r.data.values.handOffMaxHours);
      setHours(r.data.values.handOffMaxHours);
    });
  }, []);
  // Turned off by the organisation: no trace of it in the guide.
  if (maxHours === null) return null;

  /** The values come from the background on this click; age and the word list load only now. */
  async function seal() {
    setBusy(true);
    setNotice(null);
    const reply = await request({ type: 'handoff/values', system: guide });
    if (!reply.ok) {
      setBusy(false);
      return setNotice({ kind: 'alert', text: reply.error.message });
    }
    try {
      const { sealHandOff } = await import('@/utils/handoff/handoff');
      setSealed(
        await sealHandOff({ provider: guide, values: reply.data.values, hours, maxHours: reply.data.maxHours, sealedBy, now: Date.now() }),
      );
    } catch {
      setNotice({ kind: 'alert', text: t('handoff_failed') });
    } finally {
      setBusy(false);
    }
  }

  return (
    <details class="card handoff">
      <summary>{t('handoff_heading')}</summary>
      <p>{t('handoff_intro')}</p>
      {sealed ? (
        <SealedEnvelope sealed={sealed} onDone={() => setSealed(null)} />
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void seal();
          }}
        >
          <label>
            {t('handoff_expiry')}{' '}
            <select value={hours} onChange={(e) => setHours(Number((e.target as HTMLSelectElement).value))}>
              {hoursUpTo(maxHours).map((h) => (
                <option key={h} value={h}>
                  {plural(h, 'handoff_hours_one', 'handoff_hours_other')}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('handoff_sealed_by')}
            <input
              type="text"
              maxLength={80}
              autocomplete="name"
              value={sealedBy}
              onInput={(e) => setSealedBy((e.target as HTMLInputElement).value)}
            />
          </label>
          <div class="actions">
            <button type="submit" disabled={busy}>
              {busy ? t('handoff_sealing') : t('handoff_seal')}
            </button>
          </div>
        </form>
      )}
      <Notice notice={notice} />
    </details>
  );
}
