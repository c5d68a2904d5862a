import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { showInBody } from '@/test/support/factories';
import { browser } from 'wxt/browser';
import { PAGES } from '@/test/example-system/pages';
import { acmePageBehaviour } from '@/test/example-system/behaviour';
import { backgroundMessages, scriptContext } from '@/test/support/content-script';
import { runSourcePage } from './source-page';

/**
 * A vendor page's runtime on the example system's page (the generic code, whatever the system):
 * it reports what the page is, answers the background's reads, and never reads for a stranger.
 */
const context = () => scriptContext();
const PAGE = `<h1>API Clients</h1><button>New client</button>
  <label for="name">Client name</label><input id="name">
  <div><span>Client ID</span> <span id="cid">CL-7781</span></div>`;

let sent: Record<string, unknown>[];
let ask: (message: unknown) => unknown;

beforeEach(() => {
  sent = [];
  vi.spyOn(browser.runtime, 'sendMessage').mockImplementation((async (m: Record<string, unknown>) => void sent.push(m)) as never);
  ({ ask } = backgroundMessages());
  showInBody(PAGE);
});
afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

describe('runSourcePage', () => {
  it('reports the page it recognises, what it can give, and its form’s checks, without the values', async () => {
    runSourcePage(context(), PAGES, acmePageBehaviour);
    ask({ type: 'to-page/guide', anchor: null, accountName: null, callout: null, pin: null, launcher: false });
    await vi.waitFor(() => expect(sent.some((m) => m.type === 'page/detected')).toBe(true));
    const report = sent.find((m) => m.type === 'page/detected')!;
    expect(report).toMatchObject({ pageId: 'api-clients', available: ['clientId'] });
    expect((report.checks as { field: string }[]).map((c) => c.field)).toEqual(['client-name']);
    expect(JSON.stringify(sent)).not.toContain('CL-7781');
  });

  it('answers a read of a value the page shows, and nothing for a value it does not', () => {
    runSourcePage(context(), PAGES, acmePageBehaviour);
    expect(ask({ type: 'to-page/read', value: 'clientId' })).toEqual({ value: 'CL-7781' });
    expect(ask({ type: 'to-page/read', value: 'clientSecret' })).toEqual({ value: null });
  });

  it('outlines the step’s target the background names', () => {
    runSourcePage(context(), PAGES, acmePageBehaviour);
    ask({ type: 'to-page/guide', anchor: 'clientId', accountName: null, callout: 'Step 2 of 5 · Capture', pin: '2', launcher: false });
    expect(document.querySelectorAll('[data-tsa-highlight]').length).toBeGreaterThan(0);
  });

  it('stops answering once the script is replaced or the extension updated', () => {
    const ctx = context();
    runSourcePage(ctx, PAGES, acmePageBehaviour);
    ctx.abort();
    expect(ask({ type: 'to-page/read', value: 'clientId' })).toBeUndefined();
  });
});
