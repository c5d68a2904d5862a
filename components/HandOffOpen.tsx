import { useEffect, useState } from 'preact/hooks';
import { valueLabel, type ValueName } from '@/utils/contracts/values';
import { formatDateTime, plural, t } from '@/utils/i18n/i18n';
import { request } from '@/utils/protocol/client';
import type { OpenedView as HandOffOpened } from '@/utils/handoff/handoff';
import { togetherName } from '@/utils/systems/catalog';
import { EyeIcon, EyeOffIcon } from './Icons';
import { Notice, type NoticeText } from './Notice';

const REVEAL_MS = 30_000;
/** An envelope is a few kilobytes; anything much larger is not one (the background refuses past 20,000 characters too). */
const MAX_FILE_BYTES = 64 * 1024;

/** One value the envelope holds: masked, revealable for 30 s, and where it came from. */
function OpenedValue({ value }: { value: HandOffOpened['values'][number] }) {
  const [shown, setShown] = useState<string | null>(null);
  const [notice, setNotice] = useState<NoticeText>(null);
  const label = valueLabel(value.name);
  async function toggle() {
    if (shown !== null) return setShown(null);
    const reply = await request({ type: 'vault/reveal', value: value.name as ValueName });
    if (!reply.ok) return setNotice({ kind: 'alert', text: reply.error.message });
    setShown(reply.data.value);
    setTimeout(() => setShown(null), REVEAL_MS);
  }
  const action = shown !== null ? t('hide_value', label) : t('reveal_value', label);
  return (
    <li class="value">
      <span class="name">{label}</span> <span class="shown">{shown ?? value.masked}</span>
      {value.secret && (
        <button type="button" class="icon" aria-label={action} title={action} aria-pressed={shown !== null} onClick={() => void toggle()}>
          {shown !== null ? <EyeOffIcon /> : <EyeIcon />}
        </button>
      )}
      <span class="host"> {value.host ? t('handoff_came_from', value.host) : t('handoff_typed')}</span>
      {notice && <Notice notice={notice} />}
    </li>
  );
}

/** What the envelope holds, before anything is used; then "Fill Together", as Send does. */
function OpenedEnvelope({ opened, onAnother }: { opened: HandOffOpened; onAnother(): void }) {
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<NoticeText>(null);
  async function fill() {
    setBusy(true);
    const reply = await request({ type: 'relay/send', system: opened.provider });
    setBusy(false);
    if (!reply.ok) return setNotice({ kind: 'alert', text: reply.error.message });
    setNotice({ kind: 'status', text: reply.data.waiting ?? plural(reply.data.filled.length, 'sent_one', 'sent_other') });
  }
  return (
    <div class="handoff-opened" data-handoff-opened>
      <h3>{t('handoff_for', togetherName(opened.provider))}</h3>
      <p>
        {opened.sealedBy
          ? t('handoff_sealed_by_line', formatDateTime(opened.sealedAt), opened.sealedBy)
          : t('handoff_sealed_line', formatDateTime(opened.sealedAt))}
      </p>
      <p>{t('handoff_expires_line', formatDateTime(opened.expiresAt))}</p>
      <ul class="values">
        {opened.values.map((v) => (
          <OpenedValue key={v.name} value={v} />
        ))}
      </ul>
      <p>{t('handoff_fill_note')}</p>
      <div class="actions">
        <button type="button" disabled={busy} onClick={() => void fill()}>
          {t('handoff_fill')}
        </button>
        <button type="button" class="link" onClick={onAnother}>
          {t('handoff_try_another')}
        </button>
      </div>
      <Notice notice={notice} />
    </div>
  );
}

/**
 * Opens the envelope here (age and the word list load only now), then gives its values to the
 * background to keep as typed ones; what it holds, or why it was refused.
 */
async function openAndKeep(text: string, passphrase: string): Promise<HandOffOpened | string> {
  const { openHandOff, REFUSAL_MESSAGES } = await import('@/utils/handoff/handoff');
  const opened = await openHandOff(text, passphrase, Date.now());
  if (!opened.ok) return t(REFUSAL_MESSAGES[opened.refusal]);
  const { provider, values, sealedAt, expiresAt, sealedBy } = opened.contents;
  const plain = Object.fromEntries(Object.entries(values).map(([name, v]) => [name, v.value]));
  const kept = await request({ type: 'handoff/keep', system: provider, values: plain });
  if (!kept.ok) return kept.error.message;
  return { provider, sealedAt, expiresAt, sealedBy, values: kept.data.map((v) => ({ ...v, host: values[v.name]?.host ?? null })) };
}

/** The envelope (a chosen `.age` file or pasted text) and its passphrase; kept as typed when it is refused. */
function EnvelopeForm({
  busy,
  onOpen,
  onNotice,
}: {
  busy: boolean;
  onOpen(text: string, passphrase: string): void;
  onNotice(n: NoticeText): void;
}) {
  const [text, setText] = useState('');
  const [passphrase, setPassphrase] = useState('');
  async function choose(input: HTMLInputElement) {
    const chosen = input.files?.[0];
    if (!chosen) return;
    try {
      if (chosen.size > MAX_FILE_BYTES) throw new Error('too large');
      setText(await chosen.text());
      onNotice(null);
    } catch {
      onNotice({ kind: 'alert', text: t('handoff_file_unreadable') });
    }
  }
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (!text.trim() || !passphrase.trim()) onNotice({ kind: 'alert', text: t('handoff_need_both') });
        else onOpen(text, passphrase);
      }}
    >
      <p>{t('handoff_open_intro')}</p>
      <label>
        {t('handoff_file')}
        <input type="file" accept=".age,text/plain" onChange={(e) => void choose(e.target as HTMLInputElement)} />
      </label>
      <label>
        {t('handoff_paste')}
        <textarea
          rows={4}
          spellcheck={false}
          value={text}
          onInput={(e) => setText((e.target as HTMLTextAreaElement).value)}
          data-handoff-paste
        />
      </label>
      <label>
        {t('handoff_passphrase')}
        <input
          type="text"
          autocomplete="off"
          spellcheck={false}
          value={passphrase}
          onInput={(e) => setPassphrase((e.target as HTMLInputElement).value)}
          data-handoff-passphrase-input
        />
      </label>
      <div class="actions">
        <button type="submit" disabled={busy}>
          {busy ? t('handoff_opening') : t('handoff_open')}
        </button>
      </div>
    </form>
  );
}

/**
 * "Open a hand-off" (issue 28): the envelope and its passphrase, typed by the admin in our own page.
 * A refusal says why and keeps what was entered, so the admin can try again; turned off by the
 * organisation, it says so. Folded (a disclosure) in the guide at Together; a section elsewhere.
 */
export function HandOffOpen({ folded = false }: { folded?: boolean }) {
  const [busy, setBusy] = useState(false);
  const [opened, setOpened] = useState<HandOffOpened | null>(null);
  const [notice, setNotice] = useState<NoticeText>(null);
  const [off, setOff] = useState(false);
  useEffect(() => void request({ type: 'settings/get' }).then((r) => r.ok && setOff(!r.data.values.handOff)), []);

  async function open(text: string, passphrase: string) {
    setBusy(true);
    setNotice(null);
    const said = await openAndKeep(text, passphrase).catch(() => t('handoff_failed'));
    setBusy(false);
    if (typeof said === 'string') setNotice({ kind: 'alert', text: said });
    else setOpened(said);
  }
  const offNote = <p>{t('handoff_off')}</p>;
  const form = <EnvelopeForm busy={busy} onOpen={(text, passphrase) => void open(text, passphrase)} onNotice={setNotice} />;
  const body = off ? offNote : opened ? <OpenedEnvelope opened={opened} onAnother={() => setOpened(null)} /> : form;
  return folded ? (
    <details class="card handoff">
      <summary>{t('handoff_open_heading')}</summary>
      {body}
      <Notice notice={notice} />
    </details>
  ) : (
    <section class="card handoff" aria-labelledby="handoff-open-heading">
      <h2 id="handoff-open-heading">{t('handoff_open_heading')}</h2>
      {body}
      <Notice notice={notice} />
    </section>
  );
}
