import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createWorker } from '@/utils/background/worker';
import { createProgressStore } from '@/utils/background/progress';
import type { Envelope } from '@/utils/contracts/envelope';
import { GUIDES } from '@/utils/guides/registry';
import { parseRequest } from '@/utils/protocol/messages';
import { isAllowed } from '@/utils/protocol/policy';
import { classifySender, type SenderLike } from '@/utils/protocol/sender';
import { isSystemId, SYSTEM_IDS } from '@/utils/systems/catalog';
import { CHECK_FIELD_NAMES, FIX_NAMES, SAVE_EVENT_NAMES, systemForSite } from '@/utils/systems/registry';
import { SITES, siteForUrl } from '@/utils/systems/sites';
import { contentSender, SELF } from '@/test/support/factories';
import { acmeSite } from './site';

/**
 * The example system (this folder) joined to the real lists of systems by the example build
 * (build.ts): everything generic code derives from them takes it in, with nothing else edited.
 */
const ACME_PAGE = 'https://tenant1.acmehr.example/admin/api-clients';

describe('the example system in the lists of systems', () => {
  it('is in the catalog, the registry and the guides, after the real systems', () => {
    expect(SYSTEM_IDS).toEqual(['ukg-pro', 'vantagepoint', 'acme-hr']);
    expect(isSystemId('acme-hr')).toBe(true);
    expect(systemForSite('acme-hr')?.guide).toBe(GUIDES['acme-hr' as keyof typeof GUIDES]);
  });

  it('is in the protocol: its id, check field, fix and Save event parse', () => {
    expect(parseRequest({ type: 'relay/send', system: 'acme-hr' })).not.toBeNull();
    expect([CHECK_FIELD_NAMES, FIX_NAMES, SAVE_EVENT_NAMES].map((l) => l.includes('client-name') || l.includes('client-saved'))).toEqual([
      true,
      true,
      true,
    ]);
    expect(
      parseRequest({
        type: 'page/detected',
        pageId: 'api-clients',
        available: [],
        fillable: [],
        checks: [{ field: 'client-name', level: 'ok', message: '' }],
        fixes: ['client-name'],
      }),
    ).not.toBeNull();
    expect(parseRequest({ type: 'page/form-saved', values: { clientId: 'c' }, events: ['client-saved'] })).not.toBeNull();
    expect(parseRequest({ type: 'form/fix', fix: 'not-declared' })).toBeNull();
  });

  it('is a site: URLs are claimed by it alone, and its content script is a source the policy lets report', () => {
    expect(SITES['acme-hr' as keyof typeof SITES]).toBe(acmeSite);
    expect(siteForUrl(new URL(ACME_PAGE))?.id).toBe('acme-hr');
    expect(siteForUrl(new URL('https://acmehr.example.evil.test/admin/'))).toBeNull();
    const from = classifySender(contentSender(ACME_PAGE), SELF);
    expect(from).toMatchObject({ kind: 'content-script', site: 'acme-hr' });
    expect(isAllowed('page/detected', from)).toBe(true);
    expect(isAllowed('vault/reveal', from)).toBe(false);
  });
});

describe('the background guides the example system', () => {
  const badges: string[] = [];
  const tab: SenderLike = contentSender(ACME_PAGE, { id: undefined });
  const send = (worker: ReturnType<typeof createWorker>, message: unknown): Promise<Envelope> =>
    new Promise((resolve) => worker.onMessage(message, { ...tab, id: browser.runtime.id }, resolve));

  beforeEach(() => {
    fakeBrowser.reset();
    globalThis.indexedDB = new IDBFactory();
    badges.length = 0;
    vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue(null as never);
  });

  it('its checks and its Save finish its steps; its Save keeps only its own values', async () => {
    const worker = createWorker({ action: { setBadgeText: async ({ text }) => void badges.push(text), setTitle: async () => undefined } });
    const named = { field: 'client-name', level: 'ok', message: 'named' };
    expect(
      await send(worker, { type: 'page/detected', pageId: 'api-clients', available: [], fillable: [], checks: [named], fixes: [] }),
    ).toEqual({ ok: true, data: null });
    expect(
      await send(worker, {
        type: 'page/form-saved',
        values: { clientId: 'acme-7f3e-client', username: 'not-its-value' },
        events: ['client-saved', 'account-saved'],
      }),
    ).toEqual({ ok: true, data: null });
    const progress = await createProgressStore().get('acme-hr' as never);
    expect(progress.visited).toEqual(['api-clients']);
    expect(progress.events).toEqual(['client-named', 'client-saved']);
    expect(await worker.vault.all()).toEqual({ clientId: 'acme-7f3e-client' });
    // The toolbar shows the example guide's step for the tab: its first open step (the client).
    expect(badges.at(-1)).toBe('2/5');
    // The value it declares as its account's name names the account the guide follows.
    expect(progress.accountName).toBe('acme-7f3e-client');
  });

  it('what it declares of its own goes through generic code: its decoy, its record’s facts', async () => {
    const worker = createWorker();
    const { sha256Hex } = await import('@/utils/crypto/sha256');
    await send(worker, { type: 'page/detected', pageId: 'api-clients', available: [], fillable: [], checks: [], fixes: [] });
    // A decoy of its secret is remembered; one of a value it declares no decoy for is not.
    await send(worker, { type: 'page/decoy', value: 'clientSecret', sha256: await sha256Hex('shown-elsewhere') });
    await send(worker, { type: 'page/decoy', value: 'clientId', sha256: await sha256Hex('acme-7f3e-client') });
    const kept = Object.values((await browser.storage.session.get('decoys-by-origin'))['decoys-by-origin'] as Record<string, object>);
    expect(kept).toEqual([{ clientSecret: await sha256Hex('shown-elsewhere') }]);
    const { setupRecord, recordsToMarkdown } = await import('@/utils/guides/setup-record');
    const record = setupRecord(
      'acme-hr' as never,
      new Date(0),
      await createProgressStore().get('acme-hr' as never),
      { clientId: 'acme-7f3e-client' },
      ['clientId'],
    );
    expect(recordsToMarkdown([record])).toContain('- Host: tenant1.acmehr.example');
  });
});
