import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { createWorker } from '@/utils/background/worker';
import type { Envelope } from '@/utils/contracts/envelope';
import type { SenderLike } from '@/utils/protocol/sender';
import type { HandOffOpened, HandOffSealed } from '@/utils/protocol/handoff';
import { UKG_PAGE } from '@/test/support/factories';

/** A value no other test uses: it must never show up where a plaintext may not be. */
const CANARY = 'Zq9!canary-7f3a9c';
const VALUES = { customerApiKey: 'B7K2Q', username: 'TogetherIntegration', password: CANARY, userApiKey: 'USRK0000K0AB', rootUrl: 'https://service4.ultipro.com/' };
const HOUR = 3_600_000;

const id = () => browser.runtime.id;
const panel = (): SenderLike => ({ id: id(), url: browser.runtime.getURL('/sidepanel.html?tab=7'), origin: browser.runtime.getURL('/').slice(0, -1), frameId: 0 });
const options = (): SenderLike => ({ id: id(), url: browser.runtime.getURL('/options.html'), origin: browser.runtime.getURL('/').slice(0, -1), frameId: 0, tab: { id: 9 } });
const ukgTab = (): SenderLike => ({ id: id(), url: UKG_PAGE, origin: new URL(UKG_PAGE).origin, frameId: 0, tab: { id: 7 } });

function send(worker: ReturnType<typeof createWorker>, message: unknown, sender: SenderLike): Promise<Envelope> {
  return new Promise((resolve) => worker.onMessage(message, sender, resolve));
}

/** Everything in every IndexedDB database of the extension, as text. */
async function everyIndexedDbRecord(): Promise<string> {
  const out: unknown[] = [];
  for (const { name } of await indexedDB.databases()) {
    const db = await new Promise<IDBDatabase>((ok, no) => Object.assign(indexedDB.open(name!), { onsuccess: (e: Event) => ok((e.target as IDBOpenDBRequest).result), onerror: no }));
    for (const store of db.objectStoreNames) {
      const all = db.transaction(store).objectStore(store).getAll();
      out.push(await new Promise((ok) => (all.onsuccess = () => ok(all.result))));
    }
    db.close();
  }
  return JSON.stringify(out);
}

/** A fresh browser profile: no storage, no progress. */
function newProfile() {
  fakeBrowser.reset();
  globalThis.indexedDB = new IDBFactory();
}

/** The first admin: values typed into the guide, then sealed. */
async function sealed(now = Date.now(), body: Record<string, unknown> = {}) {
  const worker = createWorker({ handOff: { workFactor: 10, now: () => now } });
  await send(worker, { type: 'page/detected', pageId: 'ukg-other', available: [], fillable: [], checks: [], fixes: [] }, ukgTab());
  expect(await send(worker, { type: 'vault/put', values: VALUES, tabId: 7 }, panel())).toEqual({ ok: true, data: null });
  const reply = await send(worker, { type: 'handoff/seal', guide: 'ukg-pro', expiresInHours: 24, sealedBy: 'Ana', ...body }, panel());
  expect(reply.ok).toBe(true);
  return (reply as { data: HandOffSealed }).data;
}

describe('hand-off through the worker', () => {
  beforeEach(() => {
    newProfile();
    vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue(null as never);
  });

  it('seals the guide’s values for the colleague, who opens them into session storage only, ready for Send', async () => {
    const envelope = await sealed();
    expect(envelope.passphrase.split('-')).toHaveLength(6);
    expect(envelope.names.sort()).toEqual(Object.keys(VALUES).sort());
    expect(envelope.fileName).toMatch(/^together-hand-off-ukg-pro-\d{4}-\d\d-\d\d\.age$/);
    expect(envelope.envelope).not.toContain(CANARY);
    // The passphrase is never stored by the sealer.
    expect(JSON.stringify(await browser.storage.session.get(null))).not.toContain(envelope.passphrase);
    expect(JSON.stringify(await browser.storage.local.get(null))).not.toContain(envelope.passphrase);

    newProfile();
    const colleague = createWorker();
    // Typed as read out on a call: spaces and capitals instead of hyphens.
    const typed = envelope.passphrase.toUpperCase().replaceAll('-', '  ');
    const opened = await send(colleague, { type: 'handoff/open', envelope: envelope.envelope, passphrase: ` ${typed} ` }, options());
    expect(opened.ok).toBe(true);
    const preview = (opened as { data: HandOffOpened }).data;
    expect(preview).toMatchObject({ provider: 'ukg-pro', sealedBy: 'Ana' });
    expect(preview.expiresAt - preview.sealedAt).toBe(24 * HOUR);
    // Masked as the guide masks them; each with where it came from (typed into the guide: none).
    expect(preview.values.find((v) => v.name === 'password')).toEqual({ name: 'password', masked: '•'.repeat(12), secret: true, host: null });
    expect(JSON.stringify(preview)).not.toContain(CANARY);
    // In the vault, for the lifetime captured values have; never storage.local or IndexedDB.
    expect(await colleague.vault.all()).toMatchObject(VALUES);
    expect(await colleague.vault.origins()).toMatchObject({ password: null });
    expect(JSON.stringify(await browser.storage.session.get(null))).toContain(CANARY);
    expect(JSON.stringify(await browser.storage.local.get(null))).not.toContain(CANARY);
    expect(JSON.stringify(await browser.storage.sync.get(null))).not.toContain(CANARY);
    expect(await everyIndexedDbRecord()).not.toContain(CANARY);
    expect(await everyIndexedDbRecord()).not.toContain(envelope.passphrase);
  });

  it('says why it refuses, fills nothing, and opens the same envelope once the passphrase is right', async () => {
    const envelope = await sealed();
    newProfile();
    const colleague = createWorker();
    const open = (text: string, passphrase = envelope.passphrase) => send(colleague, { type: 'handoff/open', envelope: text, passphrase }, options());
    expect(await open(envelope.envelope, 'wrong words entirely')).toMatchObject({ ok: false, error: { code: 'handoff-passphrase', message: expect.stringContaining('passphrase') } });
    const lines = envelope.envelope.split('\n');
    lines[3] = lines[3]!.slice(0, 10) + (lines[3]![10] === 'A' ? 'B' : 'A') + lines[3]!.slice(11);
    expect(await open(lines.join('\n'))).toMatchObject({ ok: false, error: { code: 'handoff-damaged' } });
    expect(await open('Hi, here are the keys')).toMatchObject({ ok: false, error: { code: 'handoff-not-envelope' } });
    expect(await colleague.vault.all()).toEqual({});
    expect(await open(envelope.envelope)).toMatchObject({ ok: true });
  });

  it('refuses an expired envelope (the sealed expiry, checked by the opener)', async () => {
    const t0 = Date.UTC(2026, 11, 7, 9);
    const envelope = await sealed(t0, { expiresInHours: 1 });
    newProfile();
    const late = createWorker({ handOff: { now: () => t0 + HOUR } });
    expect(await send(late, { type: 'handoff/open', envelope: envelope.envelope, passphrase: envelope.passphrase }, options())).toMatchObject({ ok: false, error: { code: 'handoff-expired' } });
    const inTime = createWorker({ handOff: { now: () => t0 + HOUR - 1 } });
    expect(await send(inTime, { type: 'handoff/open', envelope: envelope.envelope, passphrase: envelope.passphrase }, options())).toMatchObject({ ok: true });
  });

  it('only in our own pages: a content script can neither seal nor open', async () => {
    const worker = createWorker();
    expect(await send(worker, { type: 'handoff/seal', guide: 'ukg-pro', expiresInHours: 1 }, ukgTab())).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await send(worker, { type: 'handoff/open', envelope: 'x', passphrase: 'y' }, ukgTab())).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('says there is nothing to seal before a value is captured', async () => {
    const worker = createWorker();
    expect(await send(worker, { type: 'handoff/seal', guide: 'vantagepoint', expiresInHours: 1 }, panel())).toMatchObject({ ok: false, error: { code: 'no-value' } });
  });

  it('follows policy: the organisation caps the expiry, or turns hand-off off', async () => {
    const managed = vi.spyOn(browser.storage, 'managed', 'get').mockReturnValue({ get: async () => ({ handOffMaxHours: 2 }) } as never);
    const t0 = Date.UTC(2026, 11, 7, 9);
    expect((await sealed(t0)).expiresAt).toBe(t0 + 2 * HOUR);
    managed.mockReturnValue({ get: async () => ({ handOff: false }) } as never);
    const worker = createWorker();
    await send(worker, { type: 'vault/put', values: { customerApiKey: 'B7K2Q' }, tabId: 7 }, panel());
    expect(await send(worker, { type: 'handoff/seal', guide: 'ukg-pro', expiresInHours: 1 }, panel())).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await send(worker, { type: 'handoff/open', envelope: 'x', passphrase: 'y' }, panel())).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});
