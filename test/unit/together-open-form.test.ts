import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fillOrOpenThenFill } from '@/utils/page/together-fill';

/** happy-dom does no layout: every displayed element gets a box. */
function stubLayout() {
  const box = () => DOMRect.fromRect({ x: 0, y: 0, width: 200, height: 24 });
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(box);
  vi.spyOn(Element.prototype, 'getClientRects').mockImplementation(() => [box()] as unknown as DOMRectList);
}

/** Together with no HRIS yet: "Set up HRIS integration" → providers → the UKG Pro form. */
function integrationsWithoutForm() {
  document.body.innerHTML = `
    <button id="setup">Set up HRIS integration</button>
    <div id="providers" hidden><div role="option">BambooHR</div><div role="option" id="ukg">UKG Pro</div></div>
    <form id="form"></form>`;
  const clicks: string[] = [];
  document.getElementById('setup')!.addEventListener('click', () => {
    clicks.push('setup');
    document.getElementById('providers')!.hidden = false;
  });
  document.getElementById('ukg')!.addEventListener('click', () => {
    clicks.push('ukg');
    setTimeout(() => {
      const label = document.createElement('label');
      label.textContent = 'Customer API key';
      label.append(document.createElement('input'));
      document.getElementById('form')!.append(label);
    }, 250);
  });
  return clicks;
}

describe('opening Together’s UKG Pro form', () => {
  beforeEach(() => {
    stubLayout();
    (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL('https://my.togetherplatform.com/settings?section=integrations');
  });
  const wait = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

  it('clicks Set up, then UKG Pro, waits for the form and fills it', async () => {
    const clicks = integrationsWithoutForm();
    const { report } = await fillOrOpenThenFill(window, 'ukg-pro', { customerApiKey: 'B7K2Q' }, wait);
    expect(clicks).toEqual(['setup', 'ukg']);
    expect(report).toEqual({ state: 'filled', filled: ['customerApiKey'], missing: [] });
    expect(document.querySelector('input')!.value).toBe('B7K2Q');
  });

  it('reports no form, having clicked nothing else, when there is no way to open it', async () => {
    document.body.innerHTML = '<h1>Integrations</h1><button id="save">Save</button>';
    const saved = vi.fn();
    document.getElementById('save')!.addEventListener('click', saved);
    const { report } = await fillOrOpenThenFill(window, 'ukg-pro', { customerApiKey: 'B7K2Q' }, wait);
    expect(report.state).toBe('no-form');
    expect(saved).not.toHaveBeenCalled();
  });
});
