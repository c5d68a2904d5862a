import { afterEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { browser } from 'wxt/browser';
import { buildPanelState, type PageReport } from '@/utils/guides/panel-state';
import { EMPTY_PROGRESS } from '@/utils/contracts/guide';
import { GUIDES } from '@/utils/guides/registry';
import { SYSTEMS } from '@/utils/systems/registry';
import { DEFAULT_SETTINGS } from '@/utils/settings/settings';
import { button, buttonNames, click, show, type } from '@/test/support/render';
import { StepCard } from './StepCard';
import { OnPremHosts } from './OnPremHosts';
import { SettingsForm } from './SettingsForm';

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

const settle = () => act(async () => await new Promise((r) => setTimeout(r, 0)));

describe('StepCard', () => {
  const report = (over: Partial<PageReport> = {}): PageReport => ({
    pageId: 'service-accounts',
    available: ['customerApiKey'],
    checks: [],
    fixes: [],
    fillable: [],
    ...over,
  });
  const state = (page: PageReport | null, values: Record<string, string> = {}) =>
    buildPanelState({ guide: GUIDES['ukg-pro'], page, progress: EMPTY_PROGRESS, values, expiresAt: null });
  const handlers = () => ({ onCapture: vi.fn(), onCaptureAll: vi.fn(), onFix: vi.fn(), onMark: vi.fn() });

  it('names the step by its number, says what to do, and captures what the page offers', () => {
    const h = handlers();
    const s = state(report());
    const root = show(<StepCard state={s} tabId={7} busy={null} {...h} />);
    expect(root.querySelector('h2')?.textContent).toMatch(new RegExp(`^Step ${s.stepIndex + 1} of ${s.steps.length}: `));
    expect(root.textContent).toContain(s.instruction);
    click(root, 'Capture Customer API key');
    expect(h.onCapture).toHaveBeenCalledWith('customerApiKey');
    expect(buttonNames(root)).not.toContain('Capture all');
  });

  it('while an action runs, every button waits and the running capture says so', () => {
    const root = show(<StepCard state={state(report())} tabId={7} busy="capture:customerApiKey" {...handlers()} />);
    expect([...root.querySelectorAll('button')].every((b) => b.disabled)).toBe(true);
    expect(buttonNames(root)[0]).not.toBe('Capture Customer API key');
  });

  it('on a page the guide does not know, says so; on the form, shows its checks and its fixes', () => {
    expect(show(<StepCard state={state(null)} tabId={7} busy={null} {...handlers()} />).querySelector('.unrecognised')).not.toBeNull();
    const h = handlers();
    const form = report({
      pageId: 'add-service-account',
      available: [],
      checks: [{ field: 'username', level: 'error', message: 'No spaces, please.' }],
      fixes: ['username'],
    });
    const root = show(<StepCard state={state(form)} tabId={7} busy={null} {...h} />);
    expect(root.querySelector('ul.checks [role="alert"]')?.textContent).toContain('No spaces, please.');
    const fix = [...root.querySelectorAll('button')].find((b) => !/Mark|Skip/.test(b.textContent ?? ''))!;
    act(() => fix.click());
    expect(h.onFix).toHaveBeenCalledWith('username');
  });
});

describe('OnPremHosts', () => {
  const onPrem = SYSTEMS.vantagepoint.onPrem!;
  function background(hosts: string[], allowed: string[] | null = null) {
    const seen: Record<string, unknown>[] = [];
    vi.spyOn(browser.runtime, 'sendMessage').mockImplementation((async (msg: { type: string; origin?: string }) => {
      seen.push(msg);
      if (msg.type === 'settings/get')
        return { ok: true, data: { values: { ...DEFAULT_SETTINGS, onPremOrigins: allowed ? { vantagepoint: allowed } : {} }, locked: [] } };
      if (msg.type === 'hosts/list') return { ok: true, data: hosts };
      if (msg.type === 'hosts/add') return { ok: true, data: [...hosts, msg.origin] };
      if (msg.type === 'hosts/remove') return { ok: true, data: hosts.filter((h) => h !== msg.origin) };
      return { ok: false, error: { code: 'bad-message', message: 'unexpected' } };
    }) as never);
    return seen;
  }
  const permission = (granted: boolean) => {
    const request = vi.fn(async () => granted);
    (browser as unknown as { permissions: object }).permissions = { ...browser.permissions, request };
    return request;
  };
  const addAddress = async (root: HTMLElement, address: string) => {
    type(root.querySelector<HTMLInputElement>('#onprem-address-vantagepoint')!, address);
    act(() => root.querySelector('form')!.requestSubmit());
    await settle();
  };

  it('loading, then none added; a bad address cannot be added', async () => {
    background([]);
    const root = show(<OnPremHosts system="vantagepoint" onPrem={onPrem} />);
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Loading…');
    await settle();
    expect(root.textContent).toContain('No addresses added.');
    type(root.querySelector<HTMLInputElement>('#onprem-address-vantagepoint')!, 'http://localhost/');
    expect(button(root, 'Add address').disabled).toBe(true);
  });

  it('adds an address once the browser grants that origin alone, and removes it again', async () => {
    const seen = background([]);
    const asked = permission(true);
    const root = show(<OnPremHosts system="vantagepoint" onPrem={onPrem} />);
    await settle();
    await addAddress(root, 'https://vp.acme-engineering.com/Acme/app/');
    expect(asked).toHaveBeenCalledWith({ origins: ['https://vp.acme-engineering.com/*'] });
    expect(seen).toContainEqual({ type: 'hosts/add', system: 'vantagepoint', origin: 'https://vp.acme-engineering.com' });
    expect(root.querySelector('ul.hosts')?.textContent).toContain('https://vp.acme-engineering.com');
  });

  it('says so when the browser refuses, and refuses an origin the organisation did not allow before asking', async () => {
    background([], null);
    permission(false);
    const refused = show(<OnPremHosts system="vantagepoint" onPrem={onPrem} />);
    await settle();
    await addAddress(refused, 'https://vp.acme-engineering.com/Acme/app/');
    expect(refused.querySelector('[role="alert"]')?.textContent).toContain('was not granted');

    vi.restoreAllMocks();
    background([], ['https://vp.allowed.example']);
    const asked = permission(true);
    const locked = show(<OnPremHosts system="vantagepoint" onPrem={onPrem} />);
    await settle();
    await addAddress(locked, 'https://vp.acme-engineering.com/Acme/app/');
    expect(asked).not.toHaveBeenCalled();
    expect(locked.querySelector('[role="alert"]')?.textContent).toContain('https://vp.allowed.example');
  });

  it('removes an added address', async () => {
    const seen = background(['https://vp.acme-engineering.com']);
    const root = show(<OnPremHosts system="vantagepoint" onPrem={onPrem} />);
    await settle();
    click(root, 'Remove https://vp.acme-engineering.com');
    await settle();
    expect(seen).toContainEqual({ type: 'hosts/remove', system: 'vantagepoint', origin: 'https://vp.acme-engineering.com' });
    expect(root.textContent).toContain('No addresses added.');
  });
});

describe('SettingsForm', () => {
  function background(locked: string[] = [], setReply?: unknown) {
    const seen: Record<string, unknown>[] = [];
    vi.spyOn(browser.runtime, 'sendMessage').mockImplementation((async (msg: Record<string, unknown>) => {
      seen.push(msg);
      if (msg.type === 'settings/get') return { ok: true, data: { values: DEFAULT_SETTINGS, locked } };
      if (msg.type === 'settings/set')
        return setReply ?? { ok: true, data: { values: { ...DEFAULT_SETTINGS, ...msg, type: undefined }, locked } };
      return { ok: false, error: { code: 'bad-message', message: 'unexpected' } };
    }) as never);
    return seen;
  }
  const change = (root: HTMLElement, selector: string, value: string) =>
    act(() => {
      const select = root.querySelector<HTMLSelectElement>(selector)!;
      select.value = value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });

  it('loading, then each setting; a change is saved and said', async () => {
    const seen = background();
    const root = show(<SettingsForm />);
    expect(root.textContent).toBe('Loading settings…');
    await settle();
    expect([...root.querySelectorAll('select')].map((s) => s.id)).toEqual(['ttl', 'language', 'show-on-pages']);
    change(root, '#ttl', '5');
    await settle();
    expect(seen).toContainEqual({ type: 'settings/set', ttlMinutes: 5 });
    expect(root.querySelector('.notice')?.textContent).toBe('Saved.');
  });

  it('shows what the organisation set, not changeable', async () => {
    background(['ttlMinutes', 'capturePasswords']);
    const root = show(<SettingsForm />);
    await settle();
    expect(root.querySelector<HTMLSelectElement>('#ttl')!.disabled).toBe(true);
    expect(root.querySelector<HTMLInputElement>('#capture-passwords')!.disabled).toBe(true);
    expect(root.querySelector<HTMLSelectElement>('#language')!.disabled).toBe(false);
    expect(root.querySelectorAll('.status')).toHaveLength(2);
  });

  it('says why a change was refused, and what went wrong when the settings cannot be read', async () => {
    background([], { ok: false, error: { code: 'forbidden', message: 'Set by your organisation.' } });
    const root = show(<SettingsForm />);
    await settle();
    change(root, '#ttl', '5');
    await settle();
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('Set by your organisation.');

    vi.restoreAllMocks();
    vi.spyOn(browser.runtime, 'sendMessage').mockRejectedValue(new Error('receiving end does not exist'));
    const failed = show(<SettingsForm />);
    await settle();
    expect(failed.querySelector('[role="alert"]')?.textContent).toBeTruthy();
  });
});
