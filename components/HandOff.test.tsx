import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS } from '@/utils/settings/settings';
import { sealEnvelope } from '@/utils/handoff/envelope';
import { HandOffOpen } from './HandOffOpen';
import { HandOffSeal } from './HandOffSeal';

/** The background as our pages see it: each request type answered by `answers`. */
function background(answers: Record<string, (msg: Record<string, unknown>) => unknown>) {
  const seen: Record<string, unknown>[] = [];
  vi.spyOn(browser.runtime, 'sendMessage').mockImplementation((async (msg: Record<string, unknown>) => {
    seen.push(msg);
    const answer = answers[msg.type as string];
    return answer ? answer(msg) : { ok: false, error: { code: 'bad-message', message: 'unexpected' } };
  }) as never);
  return seen;
}
const settings =
  (values: Partial<typeof DEFAULT_SETTINGS> = {}) =>
  () => ({ ok: true, data: { values: { ...DEFAULT_SETTINGS, ...values }, locked: [] } });

function show(node: preact.ComponentChild) {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  act(() => render(node, root));
  return root;
}
const button = (root: Element, name: string) => [...root.querySelectorAll('button')].find((b) => b.textContent === name);
const type = (field: HTMLInputElement | HTMLTextAreaElement, value: string) =>
  act(() => {
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });

describe('hand-off views', () => {
  afterEach(() => {
    act(() => render(null, document.body.firstElementChild!));
    document.body.replaceChildren();
    fakeBrowser.reset();
  });

  it('seal: offers lifetimes up to the policy’s cap, shows the passphrase once with its advice, and hides it when done', async () => {
    background({
      'settings/get': settings({ handOffMaxHours: 8 }),
      'handoff/values': () => ({
        ok: true,
        data: { values: { customerApiKey: { value: 'B7K2Q', host: 'ew42.ultipro.com' } }, maxHours: 8 },
      }),
    });
    const root = show(<HandOffSeal guide="ukg-pro" />);
    await vi.waitFor(() => expect(root.querySelector('summary')?.textContent).toBe('Hand off to a colleague'));
    await vi.waitFor(() =>
      expect([...root.querySelectorAll('option')].map((o) => o.textContent)).toEqual(['1 hour', '4 hours', '8 hours']),
    );
    await act(async () => button(root, 'Seal envelope')!.click());
    await vi.waitFor(() => expect(root.querySelector('[data-handoff-passphrase]')?.textContent).toMatch(/^[a-z]+(-[a-z]+){5,}$/), {
      timeout: 10_000,
    });
    expect(root.textContent).toContain('by another channel');
    expect((root.querySelector('[data-handoff-envelope]') as HTMLTextAreaElement).value).toContain('BEGIN AGE ENCRYPTED FILE');
    expect(root.textContent).not.toContain('B7K2Q');
    await act(async () => button(root, 'Done: hide the passphrase')!.click());
    expect(root.querySelector('[data-handoff-passphrase]')).toBeNull();
  });

  it('seal: says why when there is nothing to seal; shows nothing when the organisation turned it off', async () => {
    background({
      'settings/get': settings(),
      'handoff/values': () => ({ ok: false, error: { code: 'no-value', message: 'Nothing to seal yet.' } }),
    });
    const root = show(<HandOffSeal guide="ukg-pro" />);
    await vi.waitFor(() => expect(button(root, 'Seal envelope')).toBeDefined());
    await act(async () => button(root, 'Seal envelope')!.click());
    await vi.waitFor(() => expect(root.querySelector('[role=alert]')?.textContent).toBe('Nothing to seal yet.'));

    background({ 'settings/get': settings({ handOff: false }) });
    const off = show(<HandOffSeal guide="ukg-pro" />);
    // Shown at once, gone as soon as the settings say the organisation turned it off.
    await vi.waitFor(() => expect(off.textContent).toBe(''));
  });

  it('open: asks for both, refuses a wrong passphrase keeping what was typed, then shows what it holds', async () => {
    const now = Date.now();
    const envelope = await sealEnvelope(
      {
        provider: 'ukg-pro',
        sealedAt: now,
        expiresAt: now + 3_600_000,
        sealedBy: 'Ana',
        values: { customerApiKey: { value: 'B7K2Q', host: 'ew42.ultipro.com' } },
      },
      'one-two-three',
      10,
    );
    const seen = background({
      'settings/get': settings(),
      'handoff/keep': () => ({ ok: true, data: [{ name: 'customerApiKey', masked: '•••••', secret: true }] }),
    });
    const root = show(<HandOffOpen />);
    await act(async () => button(root, 'Open')!.click());
    expect(root.querySelector('[role=alert]')?.textContent).toBe('Choose or paste the envelope, and type its passphrase.');
    type(root.querySelector('[data-handoff-paste]')!, envelope);
    type(root.querySelector('[data-handoff-passphrase-input]')!, 'one two four');
    await act(async () => button(root, 'Open')!.click());
    await vi.waitFor(() =>
      expect(root.querySelector('[role=alert]')?.textContent).toContain('This passphrase does not open the envelope.'),
    );
    expect((root.querySelector('[data-handoff-paste]') as HTMLTextAreaElement).value).toBe(envelope);
    expect(seen.some((m) => m.type === 'handoff/keep')).toBe(false);
    type(root.querySelector('[data-handoff-passphrase-input]')!, 'One Two Three');
    await act(async () => button(root, 'Open')!.click());
    await vi.waitFor(() => expect(root.textContent).toContain('For UKG Pro in Together'));
    expect(root.textContent).toContain('by Ana');
    expect(root.textContent).toContain('from ew42.ultipro.com');
    expect(root.textContent).not.toContain('B7K2Q');
    expect(seen).toContainEqual({ type: 'handoff/keep', system: 'ukg-pro', values: { customerApiKey: 'B7K2Q' } });
  });

  it('open: says so when the organisation turned hand-off off', async () => {
    background({ 'settings/get': settings({ handOff: false }) });
    const root = show(<HandOffOpen />);
    await vi.waitFor(() => expect(root.textContent).toContain('Your organisation has turned hand-offs off'));
    expect(button(root, 'Open')).toBeUndefined();
  });
});
