import { afterEach, describe, expect, it, vi } from 'vitest';
import { scriptContext } from '@/test/support/content-script';
import { createOverlay } from './overlay';
import { createStepView } from './step-view';
import { placeCallout } from './callout-place';

const context = () => scriptContext();

/** A target laid out at `rect` (happy-dom lays nothing out). */
function target(rect: { left: number; top: number; width: number; height: number }, tag = 'input') {
  const el = document.createElement(tag);
  document.body.append(el);
  el.getBoundingClientRect = () => DOMRect.fromRect({ x: rect.left, y: rect.top, width: rect.width, height: rect.height });
  return el;
}
const hosts = (kind: string) => [...document.querySelectorAll<HTMLElement>(`[data-tsa-${kind}]`)];

afterEach(() => {
  document.body.replaceChildren();
  document.documentElement.querySelectorAll('[data-tsa-highlight], [data-tsa-callout], [data-tsa-hint]').forEach((h) => h.remove());
  vi.restoreAllMocks();
});

describe('createOverlay', () => {
  it('outlines each target 4 px around it, at once when asked; clicks pass through', () => {
    const overlay = createOverlay(context(), 'highlight');
    overlay.highlight([target({ left: 100, top: 50, width: 200, height: 30 })], { now: true });
    const [h] = hosts('highlight');
    expect([h!.style.left, h!.style.top, h!.style.width, h!.style.height, h!.style.display]).toEqual([
      '96px',
      '46px',
      '208px',
      '38px',
      'block',
    ]);
    expect(h!.style.pointerEvents).toBe('none');
  });

  it('hides the outline of a target not laid out, and drops boxes no longer needed', () => {
    const overlay = createOverlay(context(), 'highlight');
    overlay.highlight([target({ left: 0, top: 0, width: 10, height: 10 }), target({ left: 0, top: 0, width: 0, height: 0 })], {
      now: true,
    });
    expect(hosts('highlight').map((h) => h.style.display)).toEqual(['block', 'none']);
    overlay.highlight([], { now: true });
    expect(hosts('highlight')).toHaveLength(0);
  });

  it('a check’s note goes beside its field, in a closed root no page script can read', () => {
    const overlay = createOverlay(context(), 'hint');
    const field = target({ left: 10, top: 10, width: 100, height: 20 });
    overlay.hints([{ element: field, level: 'error', message: 'Too short' }]);
    const [h] = hosts('hint');
    expect(h!.shadowRoot).toBeNull();
    expect(h!.isConnected).toBe(true);
  });

  it('goes with the script: every box is removed when the context ends', () => {
    const ctx = context();
    createOverlay(ctx, 'highlight').highlight([target({ left: 0, top: 0, width: 10, height: 10 })], { now: true });
    ctx.abort();
    expect(hosts('highlight')).toHaveLength(0);
  });
});

describe('placeCallout', () => {
  it('hides the callout where no free space is left for it, even as a pin (the step is in the side panel)', () => {
    const { host } = { host: document.createElement('div') };
    host.getBoundingClientRect = () => DOMRect.fromRect({ width: 400, height: 60 });
    const pin = vi.fn();
    placeCallout({ host, body: document.createElement('div'), pin }, { left: 0, top: 0, right: 50, bottom: 20 }, { width: 60, height: 30 });
    expect(pin).toHaveBeenCalledOnce();
    expect(host.style.display).toBe('none');
  });

  it('places it beside its target where the page leaves room', () => {
    const host = document.createElement('div');
    host.getBoundingClientRect = () => DOMRect.fromRect({ width: 120, height: 30 });
    placeCallout(
      { host, body: document.createElement('div') },
      { left: 100, top: 100, right: 300, bottom: 130 },
      { width: 1280, height: 800 },
    );
    expect(host.style.display).not.toBe('none');
    expect(host.style.left).toMatch(/px$/);
  });
});

describe('createStepView', () => {
  it('outlines the step’s targets and shows its words beside the first, scrolling to it once per step', () => {
    const view = createStepView(context());
    const el = target({ left: 10, top: 2_000, width: 100, height: 20 });
    const scrolled = vi.fn();
    el.scrollIntoView = scrolled;
    view.show([el], 'Step 2 of 8 · Capture the key', '2', 'capture');
    view.show([el], 'Step 2 of 8 · Capture the key', '2', 'capture');
    expect(hosts('highlight')).toHaveLength(1);
    expect(hosts('callout')).toHaveLength(1);
    expect(scrolled).toHaveBeenCalledOnce();
    view.show([], null, null, null);
    expect(hosts('callout')).toHaveLength(0);
  });
});
