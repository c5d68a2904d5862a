import { afterEach, describe, expect, it, vi } from 'vitest';
import { guardLauncher, isGenuineClick } from '@/utils/in-page/launcher-guard';

function launcher() {
  const host = document.createElement('tsa-x');
  const root = host.attachShadow({ mode: 'open' });
  const box = document.createElement('div');
  const button = document.createElement('button');
  button.style.cssText = 'padding:8px 12px;';
  box.append(button);
  root.append(box);
  document.body.append(host);
  return { host, root, box, button };
}
const rect = (left: number, top: number, width: number, height: number) =>
  ({ left, top, width, height, right: left + width, bottom: top + height, x: left, y: top, toJSON: () => ({}) }) as DOMRect;

describe('attack R4-3: the launcher stays ours', () => {
  // Tests share one window (vitest isolate: false): put back what this file changes on it.
  const elementFromPoint = document.elementFromPoint;
  const size = [window.innerWidth, window.innerHeight];
  afterEach(() => {
    document.elementFromPoint = elementFromPoint;
    Object.defineProperty(window, 'innerWidth', { value: size[0], configurable: true });
    Object.defineProperty(window, 'innerHeight', { value: size[1], configurable: true });
    document.body.replaceChildren();
  });

  it('removes what a page inserts into its shadow root and puts its styles back', async () => {
    const { host, root, box, button } = launcher();
    guardLauncher(host, new Map([box, button].map((el) => [el, el.style.cssText])));
    const style = document.createElement('style');
    style.textContent = 'button { position: fixed; inset: 0; opacity: 0 }';
    root.append(style);
    button.style.cssText = 'position:fixed;inset:0;opacity:0';
    await vi.waitFor(() => expect(root.contains(style)).toBe(false));
    await vi.waitFor(() => expect(button.style.cssText).toBe('padding: 8px 12px;'));
  });

  it('counts a click only on the button as drawn: its size, its corner, on top at the point', () => {
    const { host, button } = launcher();
    Object.defineProperty(window, 'innerWidth', { value: 1280, configurable: true });
    Object.defineProperty(window, 'innerHeight', { value: 800, configurable: true });
    host.getBoundingClientRect = () => rect(1000, 750, 264, 34);
    button.getBoundingClientRect = () => rect(1000, 750, 220, 34);
    document.elementFromPoint = () => host;
    host.shadowRoot!.elementFromPoint = () => button;
    expect(isGenuineClick(host, button, 1010, 760)).toBe(true);
    expect(isGenuineClick(host, button, 500, 400)).toBe(false); // outside the button
    // Made a full-viewport button by a page's style: refused wherever it is clicked.
    button.getBoundingClientRect = () => rect(0, 0, 1280, 800);
    expect(isGenuineClick(host, button, 500, 400)).toBe(false);
    // Moved into the middle of the page: not in its corner.
    button.getBoundingClientRect = () => rect(500, 400, 220, 34);
    host.getBoundingClientRect = () => rect(500, 400, 264, 34);
    expect(isGenuineClick(host, button, 510, 410)).toBe(false);
    // Covered by the page at the click's point.
    button.getBoundingClientRect = () => rect(1000, 750, 220, 34);
    host.getBoundingClientRect = () => rect(1000, 750, 264, 34);
    document.elementFromPoint = () => document.body;
    expect(isGenuineClick(host, button, 1010, 760)).toBe(false);
  });
});
