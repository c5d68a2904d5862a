import { describe, expect, it, vi } from 'vitest';
import { ProtocolError } from '@/utils/contracts/envelope';
import { route } from '@/utils/protocol/router';
import { contentSender, panelSender, SELF, spyHandlers, UKG_PAGE } from '@/test/support/factories';

describe('router', () => {
  it('answers a valid message from an allowed sender with ok and the handler’s data', async () => {
    const h = spyHandlers();
    h['vault/reveal'] = vi.fn(() => ({ value: 'B7K2Q' }));
    const reply = await route(h, SELF, { type: 'vault/reveal', value: 'customerApiKey' }, panelSender());
    expect(reply).toEqual({ ok: true, data: { value: 'B7K2Q' } });
    expect(h['vault/reveal']).toHaveBeenCalledOnce();
  });

  it.each([
    ['unknown type', { type: 'vault/dump' }],
    ['extra key', { type: 'vault/clear', tabId: 3 }],
    ['wrong value name', { type: 'capture/request', value: 'everything' }],
    ['prototype key as type', { type: 'constructor' }],
    ['not an object', 'vault/clear'],
    ['null', null],
    ['page id too long', { type: 'page/detected', pageId: 'x'.repeat(65), available: [], fillable: [], checks: [], fixes: [] }],
  ])('rejects a malformed message (%s) before any handler runs', async (_, message) => {
    const h = spyHandlers();
    const reply = await route(h, SELF, message, panelSender());
    expect(reply).toMatchObject({ ok: false, error: { code: 'bad-message' } });
    for (const fn of Object.values(h)) expect(fn).not.toHaveBeenCalled();
  });

  it('rejects a valid message from a sender the policy does not allow', async () => {
    const h = spyHandlers();
    const reply = await route(h, SELF, { type: 'capture/request', value: 'password' }, contentSender(UKG_PAGE));
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(h['capture/request']).not.toHaveBeenCalled();
  });

  it('turns a handler’s ProtocolError into an error envelope with its sentence', async () => {
    const h = spyHandlers();
    h['relay/send'] = () => {
      throw new ProtocolError('together-closed', 'The Together tab was closed.');
    };
    expect(await route(h, SELF, { type: 'relay/send' }, panelSender())).toEqual({
      ok: false,
      error: { code: 'together-closed', message: 'The Together tab was closed.' },
    });
  });

  it('hides unexpected errors behind a generic message (no internals, no values)', async () => {
    const h = spyHandlers();
    h['relay/send'] = () => {
      throw new Error('secret B7K2Q leaked in a stack');
    };
    const reply = await route(h, SELF, { type: 'relay/send' }, panelSender());
    expect(JSON.stringify(reply)).not.toContain('B7K2Q');
    expect(reply).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});
