import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { createWorker } from '@/utils/background/worker';
import { CLIPBOARD_ALARM, CLIPBOARD_CLEAR_MS } from '@/utils/background/clipboard';
import type { Envelope } from '@/utils/contracts/envelope';
import { contentSender, UKG_PAGE } from '@/test/support/factories';

const sidePanel = () => ({
  id: browser.runtime.id,
  url: browser.runtime.getURL('/sidepanel.html'),
  origin: browser.runtime.getURL('/').slice(0, -1),
});
const send = (worker: ReturnType<typeof createWorker>, message: unknown, sender: object = sidePanel()) =>
  new Promise<Envelope>((resolve) => worker.onMessage(message, sender, resolve));

describe('copied keys leave the clipboard', () => {
  const clear = vi.fn(async () => undefined);
  beforeEach(() => {
    fakeBrowser.reset();
    globalThis.indexedDB = new IDBFactory();
    clear.mockClear();
  });

  it('60 s after the last copy', async () => {
    const worker = createWorker({ clearClipboard: clear });
    const before = Date.now();
    expect(await send(worker, { type: 'clipboard/copied' })).toEqual({ ok: true, data: null });
    const alarm = await browser.alarms.get(CLIPBOARD_ALARM);
    expect(alarm!.scheduledTime).toBeGreaterThanOrEqual(before + CLIPBOARD_CLEAR_MS);
    expect(alarm!.scheduledTime).toBeLessThanOrEqual(Date.now() + CLIPBOARD_CLEAR_MS);
    expect(clear).not.toHaveBeenCalled();
    worker.onAlarm({ name: CLIPBOARD_ALARM });
    expect(clear).toHaveBeenCalledOnce();
  });

  it('at once when the admin clears the captured keys, and not when nothing was copied', async () => {
    const worker = createWorker({ clearClipboard: clear });
    await send(worker, { type: 'vault/clear' });
    expect(clear).not.toHaveBeenCalled();
    await send(worker, { type: 'clipboard/copied' });
    await send(worker, { type: 'vault/clear' });
    expect(clear).toHaveBeenCalledOnce();
    expect(await browser.alarms.get(CLIPBOARD_ALARM)).toBeFalsy();
  });

  it('only our pages may start the countdown', async () => {
    const worker = createWorker({ clearClipboard: clear });
    expect(await send(worker, { type: 'clipboard/copied' }, contentSender(UKG_PAGE, { id: browser.runtime.id }))).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });
});
