import { useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/i18n/i18n';
import { request } from '@/utils/protocol/client';
import { SYSTEM_IDS, togetherName, type SystemId } from '@/utils/systems/catalog';
import { HandOffOpen } from './HandOffOpen';
import { Notice, type NoticeText } from './Notice';
import { ToolbarPicture } from './ToolbarPicture';

/**
 * The first page after install: which HR system the admin connects (its guide is where the toolbar
 * starts), how to open the guide, and what the extension keeps and sends.
 */
export function Welcome() {
  const [chosen, setChosen] = useState<SystemId | null>(null);
  const [notice, setNotice] = useState<NoticeText>(null);
  useEffect(() => {
    void request({ type: 'settings/get' }).then((r) => r.ok && setChosen(r.data.values.firstGuide));
  }, []);

  async function choose(system: SystemId) {
    setChosen(system);
    const reply = await request({ type: 'settings/set', firstGuide: system });
    setNotice(
      reply.ok ? { kind: 'status', text: t('welcome_chosen', togetherName(system)) } : { kind: 'alert', text: reply.error.message },
    );
  }

  return (
    <main class="panel welcome">
      <h1>{t('welcome_heading')}</h1>
      <section class="card" aria-labelledby="welcome-system">
        <h2 id="welcome-system">{t('welcome_system')}</h2>
        <div class="choices" role="radiogroup" aria-labelledby="welcome-system">
          {SYSTEM_IDS.map((id) => (
            <label key={id}>
              <input type="radio" name="system" value={id} checked={chosen === id} onChange={() => void choose(id)} />
              {togetherName(id)}
            </label>
          ))}
        </div>
        <Notice notice={notice} />
      </section>
      <section class="card" aria-labelledby="welcome-open">
        <h2 id="welcome-open">{t('welcome_open_heading')}</h2>
        <p>{t(import.meta.env.FIREFOX ? 'welcome_open_firefox' : 'welcome_open_chrome')}</p>
        <p>{t('welcome_never_in_page')}</p>
      </section>
      <section class="card" aria-labelledby="welcome-data">
        <h2 id="welcome-data">{t('welcome_data_heading')}</h2>
        <p>{t('welcome_data')}</p>
        <p>
          <a href="/privacy.html" target="_blank" rel="noopener">
            {t('privacy_link')}
          </a>
        </p>
      </section>
      <section class="card" aria-labelledby="welcome-handoff">
        <h2 id="welcome-handoff">{t('welcome_handoff_heading')}</h2>
        <p>{t('welcome_handoff')}</p>
        <HandOffOpen folded />
      </section>
      {/* The page ends with the one thing to do next, and where to click. */}
      <section class="card next" aria-labelledby="welcome-next">
        <h2 id="welcome-next">{t('welcome_next_heading')}</h2>
        <p>{t('welcome_next', togetherName(chosen ?? SYSTEM_IDS[0]!))}</p>
        <ToolbarPicture firefox={!!import.meta.env.FIREFOX} />
      </section>
    </main>
  );
}
