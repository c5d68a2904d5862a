import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { showInBody } from '@/test/support/factories';
import { browser } from 'wxt/browser';
import { backgroundMessages, scriptContext } from '@/test/support/content-script';
import { runTogetherPage } from './together-page';

/** Together's page runtime: it announces itself, says what the page shows while a Send waits, and fills only a form it finds. */
const context = () => scriptContext();

let sent: Record<string, unknown>[];
let ask: (message: unknown) => unknown;
const statuses = () => sent.filter((m) => m.type === 'together/status').map((m) => m.state);

function together(pendingSend: string | null) {
  vi.spyOn(browser.runtime, 'sendMessage').mockImplementation((async (m: Record<string, unknown>) => {
    sent.push(m);
    if (m.type === 'together/hello') return { ok: true, data: pendingSend };
    if (m.type === 'language/get') return { ok: true, data: null };
    return { ok: true, data: null };
  }) as never);
}

beforeEach(() => {
  sent = [];
  ({ ask } = backgroundMessages());
  showInBody('<main><h1>Settings</h1><p>Loading…</p></main>');
});
afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
  document.documentElement.querySelectorAll('[data-tsa-notice]').forEach((n) => n.remove());
});

describe('runTogetherPage', () => {
  it('announces itself when it loads, and says nothing more when no Send waits for it', async () => {
    together(null);
    runTogetherPage(context());
    await vi.waitFor(() => expect(sent.map((m) => m.type)).toContain('together/hello'));
    await new Promise((r) => setTimeout(r, 50));
    expect(statuses()).toEqual([]);
  });

  it('with a Send waiting, says what the page shows, once per change; asked again, says it again', async () => {
    together('ukg-pro');
    runTogetherPage(context());
    await vi.waitFor(() => expect(statuses()).toHaveLength(1));
    await new Promise((r) => setTimeout(r, 50));
    expect(statuses()).toHaveLength(1);
    ask({ type: 'to-together/arm', system: 'ukg-pro' });
    await vi.waitFor(() => expect(statuses()).toHaveLength(2));
    expect(statuses()[0]).toBe(statuses()[1]);
  });

  it('fills nothing where it finds no form, and says so', async () => {
    together(null);
    runTogetherPage(context());
    const report = ask({ type: 'to-together/fill', system: 'ukg-pro', values: { username: 'TogetherIntegration' } }) as {
      state: string;
      filled: string[];
    };
    expect(report.state).not.toBe('filled');
    expect(report.filled).toEqual([]);
    expect(document.body.textContent).not.toContain('TogetherIntegration');
    expect([...document.querySelectorAll('input')].map((i) => i.value)).not.toContain('TogetherIntegration');
  });
});
