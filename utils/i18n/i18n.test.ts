import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { createWorker } from '@/utils/background/worker';
import { PANEL_PORT } from '@/utils/protocol/ports';
import { flattenMessages, formatMessage, plural, t, setMessages } from '@/utils/i18n/i18n';
import { createLocaleLoader } from '@/utils/i18n/locales';
import type { Envelope } from '@/utils/contracts/envelope';
import type { PanelState } from '@/utils/guides/panel-view';
import { LANGUAGES } from '@/utils/i18n/locales';
import { contentSender, UKG_PAGE } from '@/test/support/factories';
import { joinedMessages } from '@/scripts/locales';

const ROOT = join(__dirname, '../..');
/** A language's messages as the build ships them: the generic ones and each system's own. */
const locale = (lang: string) => joinedMessages(lang);
const LOCALES = readdirSync(join(ROOT, 'public/_locales'));
const en = locale('en');

/** Every source file the extension is built from. */
function sources(dir = ROOT, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (['node_modules', '.output', '.wxt', 'test', 'docs', 'bench', 'scripts', '.git', 'public'].includes(name)) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) sources(path, out);
    else if (/\.(ts|tsx)$/.test(name)) out.push(path);
  }
  return out;
}

describe('locales', () => {
  it('are English, Spanish and French — the languages Options offers', () => {
    expect(LOCALES.sort()).toEqual(['en', 'es', 'fr']);
    expect(LANGUAGES.filter((l) => l !== 'auto').sort()).toEqual(LOCALES.sort());
  });

  it.each(LOCALES)('%s has every key of en and no other, none empty', (lang) => {
    const file = locale(lang);
    expect(Object.keys(file).sort()).toEqual(Object.keys(en).sort());
    for (const [key, { message }] of Object.entries(file)) expect(message.trim(), `${lang}:${key}`).not.toBe('');
    expect(flattenMessages(file).language_code).toBe(lang);
  });

  it.each(LOCALES)('%s uses the same placeholders as en, each defined', (lang) => {
    const file = locale(lang);
    for (const [key, entry] of Object.entries(file)) {
      expect(entry.placeholders ?? {}, `${lang}:${key}`).toEqual(en[key]!.placeholders ?? {});
      const used = new Set([...entry.message.matchAll(/\$([a-z0-9_@]+)\$/gi)].map((m) => m[1]!.toLowerCase()));
      expect([...used].sort(), `${lang}:${key} uses each placeholder`).toEqual(Object.keys(entry.placeholders ?? {}).sort());
    }
  });

  it('every message is used by the code, and every key the code names exists', () => {
    const code = sources()
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    const unused = Object.keys(en).filter((key) => !code.includes(`'${key}'`) && !code.includes(`__MSG_${key}__`));
    expect(unused).toEqual([]);
    const named = [...code.matchAll(/\b(?:t|plural)\(\s*'([a-z0-9_]+)'/g)].map((m) => m[1]!);
    expect(named.filter((k) => !(k in en))).toEqual([]);
  });

  it('names a value by the vendor page’s own term beside ours, in every language (Vantagepoint 7.0’s Consumer Key)', () => {
    // What the fixtures' 7.0 API Authorization page labels the Client ID and secret (utils/systems/vantagepoint/fixtures/app.html).
    for (const lang of LOCALES) {
      const says = locale(lang).vp_api_authorization_instruction!.message;
      expect(says, lang).toMatch(/Client ID \([^)]*Consumer Key\)/);
      expect(says, lang).toContain('(Secret)');
    }
  });

  it('no English is written straight into our pages’ markup', () => {
    const jsx = sources().filter((f) => f.endsWith('.tsx'));
    const found: string[] = [];
    for (const file of jsx) {
      const text = readFileSync(file, 'utf8');
      // Text between tags (not `=>` or a generic's `<T>`), and text attributes people read.
      for (const m of text.matchAll(/(?<![=-])>([^<>{}=;]*[A-Za-z]{2,}[^<>{}=;]*?)(\s<[a-zA-Z/]|<\/)/g))
        found.push(`${file}: ${m[1]!.trim()}`);
      for (const m of text.matchAll(/\b(?:aria-label|title|alt)="([^"]*[A-Za-z][^"]*)"/g)) found.push(`${file}: ${m[1]}`);
    }
    expect(found).toEqual([]);
  });
});

describe('t and plural', () => {
  afterEach(() => setMessages(null));

  it('reads the chosen language, with substitutions, and the browser’s otherwise', () => {
    expect(t('step_heading', 1, 8, 'X')).toBe('Step 1 of 8: X');
    setMessages({ language: 'fr', messages: flattenMessages(locale('fr')) });
    expect(t('step_heading', 1, 8, 'X')).toBe('Étape 1 sur 8 : X');
  });

  it('follows each language’s plural rules (French: 0 is singular)', () => {
    expect(plural(0, 'minutes_one', 'minutes_other')).toBe('0 minutes');
    expect(plural(1, 'minutes_one', 'minutes_other')).toBe('1 minute');
    setMessages({ language: 'fr', messages: flattenMessages(locale('fr')) });
    expect(plural(0, 'minutes_one', 'minutes_other')).toBe('0 minute');
    expect(plural(2, 'minutes_one', 'minutes_other')).toBe('2 minutes');
  });

  it('substitutes like browser.i18n: $1…$9, $$ for a dollar, named placeholders in any case', () => {
    expect(formatMessage('$2 before $1, $$5', ['a', 'b'])).toBe('b before a, $5');
    expect(flattenMessages({ k: { message: 'Hi $Who$!', placeholders: { WHO: { content: '$1' } } } })).toEqual({ k: 'Hi $1!' });
  });
});

describe('the chosen language across contexts', () => {
  const fetchLocale = vi.fn(async (lang: string) => locale(lang));
  const send = (worker: ReturnType<typeof createWorker>, message: unknown, sender = contentSender(UKG_PAGE)) =>
    new Promise<Envelope>((resolve) => worker.onMessage(message, sender, resolve));
  const options = {
    id: browser.runtime.id,
    url: browser.runtime.getURL('/options.html'),
    origin: browser.runtime.getURL('/').slice(0, -1),
  };

  beforeEach(() => {
    fakeBrowser.reset();
    globalThis.indexedDB = new IDBFactory();
    fetchLocale.mockClear();
  });
  afterEach(() => setMessages(null));

  it('is null (the browser’s) until the admin picks one; then content scripts are told and errors use it', async () => {
    const pushed: [number, unknown][] = [];
    vi.spyOn(browser.tabs, 'sendMessage').mockImplementation((async (tab: number, m: unknown) => void pushed.push([tab, m])) as never);
    vi.spyOn(browser.tabs, 'query').mockResolvedValue([
      { id: 12, url: 'https://my.togetherplatform.com/settings?section=integrations' },
    ] as never);
    const worker = createWorker({ fetchLocale });
    const ukg = contentSender(UKG_PAGE, { id: browser.runtime.id });
    expect(await send(worker, { type: 'language/get' }, ukg)).toEqual({ ok: true, data: null });
    await send(worker, { type: 'page/detected', pageId: 'service-accounts', available: [], fillable: [], checks: [], fixes: [] }, ukg);

    expect(await send(worker, { type: 'settings/set', language: 'es' }, options)).toMatchObject({
      ok: true,
      data: { values: { language: 'es' } },
    });
    const told = { type: 'to-page/language', choice: { language: 'es', messages: expect.objectContaining({ send: 'Enviar a Together' }) } };
    expect(pushed).toContainEqual([7, told]); // the UKG tab
    expect(pushed).toContainEqual([12, told]); // an open Together tab (its fill notice)
    expect(await send(worker, { type: 'language/get' }, ukg)).toMatchObject({ ok: true, data: { language: 'es' } });
    expect(await send(worker, { type: 'vault/reveal', value: 'password' }, options)).toMatchObject({
      ok: false,
      error: { message: 'El valor «Contraseña» ya no se conserva (caducó o se borró).' },
    });
  });

  it('a restarted background answers in the chosen language from its first message', async () => {
    await browser.storage.local.set({ settings: { language: 'fr' } });
    const worker = createWorker({ fetchLocale });
    expect(await send(worker, { type: 'relay/send' }, options)).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/^Rien à envoyer/) },
    });
  });

  it('an organisation’s language wins over the admin’s', async () => {
    await browser.storage.local.set({ settings: { language: 'fr' } });
    vi.spyOn(browser.storage.managed, 'get').mockResolvedValue({ language: 'es' } as never);
    const worker = createWorker({ fetchLocale });
    expect(await send(worker, { type: 'language/get' }, options)).toMatchObject({ data: { language: 'es' } });
    expect(await send(worker, { type: 'settings/set', language: 'en' }, options)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });

  it('follows a policy changed while the browser runs', async () => {
    vi.spyOn(browser.tabs, 'query').mockResolvedValue([] as never);
    const worker = createWorker({ fetchLocale });
    expect(await send(worker, { type: 'language/get' }, options)).toMatchObject({ data: null });
    vi.spyOn(browser.storage.managed, 'get').mockResolvedValue({ language: 'fr' } as never);
    worker.onManagedChanged();
    await vi.waitFor(async () => expect(await send(worker, { type: 'language/get' }, options)).toMatchObject({ data: { language: 'fr' } }));
  });

  it('falls back to the browser’s language when a locale cannot be read', async () => {
    const load = createLocaleLoader(async () => {
      throw new Error('gone');
    });
    expect(await load('es')).toBeNull();
  });

  it('the panel state carries its language, so open panels know to reload', async () => {
    await browser.storage.local.set({ settings: { language: 'es' } });
    const worker = createWorker({ fetchLocale });
    await send(worker, { type: 'language/get' });
    const states: PanelState[] = [];
    const port = {
      name: PANEL_PORT,
      sender: { ...options, url: browser.runtime.getURL('/sidepanel.html') },
      postMessage: (m: { state: PanelState }) => states.push(m.state),
      onDisconnect: { addListener() {} },
      onMessage: { addListener: (watch: (m: unknown) => void) => watch({ type: 'watch', tabId: 1 }) },
      disconnect() {},
    };
    worker.onConnect(port as never);
    await vi.waitFor(() => expect(states.length).toBeGreaterThan(0));
    expect(states[0]).toMatchObject({ language: 'es', guideTitle: 'Conectar UKG Pro con Together' });
  });
});
