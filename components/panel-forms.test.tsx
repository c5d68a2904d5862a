import { afterEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { browser } from 'wxt/browser';
import type { RelayView } from '@/utils/guides/panel-view';
import type { SetupRecord } from '@/utils/guides/setup-record';
import { button, click, show, type } from '@/test/support/render';
import { relayView } from '@/test/support/factories';
import { PasteForm } from './PasteForm';
import { SetupRecords } from './SetupRecords';
import { HandoverCard } from './HandoverCard';

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

/** Lets pending promises (a request's answer) settle and Preact re-render. */
const settle = () => act(async () => await new Promise((r) => setTimeout(r, 0)));

describe('PasteForm', () => {
  const fields = ['customerApiKey', 'username', 'password'] as const;

  it('asks for each of the guide’s values but those the settings keep out; nothing to keep until one is typed', () => {
    const root = show(<PasteForm fields={fields} busy={false} excluded={['password']} onKeep={vi.fn()} />);
    expect([...root.querySelectorAll('input')].map((i) => i.id)).toEqual(['paste-customerApiKey', 'paste-username']);
    expect(button(root, 'Keep these values').disabled).toBe(true);
  });

  it('checks a value as it is typed, keeps only what was typed, and empties the form', () => {
    const onKeep = vi.fn();
    const root = show(<PasteForm fields={fields} busy={false} excluded={[]} onKeep={onKeep} />);
    const key = root.querySelector<HTMLInputElement>('#paste-customerApiKey')!;
    type(key, 'b7k2');
    expect(root.querySelector('[role="alert"]')).not.toBeNull();
    expect(root.querySelector<HTMLInputElement>('#paste-password')!.type).toBe('password');
    expect(key.autocomplete).toBe('off');
    click(root, 'Keep these values');
    expect(onKeep).toHaveBeenCalledWith({ customerApiKey: 'b7k2' });
    expect(root.querySelector<HTMLInputElement>('#paste-customerApiKey')!.value).toBe('');
  });

  it('busy, nothing can be kept', () => {
    const root = show(<PasteForm fields={fields} busy excluded={[]} onKeep={vi.fn()} />);
    type(root.querySelector<HTMLInputElement>('#paste-username')!, 'TogetherIntegration');
    expect(button(root, 'Keep these values').disabled).toBe(true);
  });
});

describe('SetupRecords', () => {
  const answer = (reply: unknown) => vi.spyOn(browser.runtime, 'sendMessage').mockImplementation((async () => reply) as never);
  const record: SetupRecord = {
    guide: 'ukg-pro',
    host: 'ew42.ultipro.com',
    account: 'TogetherIntegration',
    facts: [],
    filled: ['customerApiKey'],
    at: '2026-12-08T09:30:00.000Z',
  };

  it('says it is loading, then that nothing was sent yet', async () => {
    answer({ ok: true, data: [] });
    const root = show(<SetupRecords />);
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Loading…');
    await settle();
    expect(root.textContent).toContain('No setup sent to Together yet.');
  });

  it('an error reads as no records, not as a page that never loads', async () => {
    answer({ ok: false, error: { code: 'internal', message: 'x' } });
    const root = show(<SetupRecords />);
    await settle();
    expect(root.textContent).toContain('No setup sent to Together yet.');
  });

  it('shows the records and downloads them as Markdown, made in the page', async () => {
    answer({ ok: true, data: [record] });
    const made = vi.fn((_: Blob) => 'blob:x');
    URL.createObjectURL = made as never;
    URL.revokeObjectURL = vi.fn();
    const root = show(<SetupRecords />);
    await settle();
    expect(root.querySelector('pre')?.textContent).toContain('ew42.ultipro.com');
    click(root, 'Export as Markdown');
    expect(made).toHaveBeenCalledOnce();
    expect(made.mock.calls[0]![0].type).toBe('text/markdown');
  });
});

describe('HandoverCard', () => {
  const relay = (over: Partial<RelayView> = {}) =>
    relayView({
      waiting: false,
      awaitingSave: true,
      message: 'Filled in Together: check them and press Save there.',
      filled: ['Customer API key', 'Username'],
      ...over,
    });

  it('after a fill: what went in, that Save is the admin’s, and their word when Together’s answer is unknown', () => {
    const onSaved = vi.fn();
    const root = show(<HandoverCard relay={relay()} busy={false} onSaved={onSaved} />);
    expect([...root.querySelectorAll('ul.summary li')].map((li) => li.textContent)).toEqual(['✓ Customer API key', '✓ Username']);
    expect(root.querySelector('ul.left')).toBeNull();
    click(root, 'I saved it in Together');
    expect(onSaved).toHaveBeenCalledOnce();
  });

  it('says what was left and why, and Together’s error or a value it could not take as alerts', () => {
    const root = show(
      <HandoverCard
        relay={relay({
          left: ['Password: not captured'],
          saveError: 'Invalid key',
          message: 'Together said: Invalid key',
          warning: 'Two fields',
        })}
        busy
        onSaved={vi.fn()}
      />,
    );
    expect(root.querySelector('ul.left')?.textContent).toBe('Password: not captured');
    expect([...root.querySelectorAll('[role="alert"]')].map((a) => a.textContent)).toEqual(['Together said: Invalid key', 'Two fields']);
    expect(button(root, 'I saved it in Together').disabled).toBe(true);
  });

  it('once Together saved: the summary of what was saved, from where, when', () => {
    const root = show(
      <HandoverCard
        relay={relay({ done: true, summary: ['Customer API key, from ew42.ultipro.com'], savedAt: Date.UTC(2026, 11, 8, 9, 30) })}
        busy={false}
        onSaved={vi.fn()}
      />,
    );
    expect(root.querySelector('.final')).not.toBeNull();
    expect(root.textContent).toContain('Customer API key, from ew42.ultipro.com');
    expect(root.querySelectorAll('button')).toHaveLength(0);
  });
});
