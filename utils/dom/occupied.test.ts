import { afterEach, describe, expect, it, vi } from 'vitest';
import { htmlDocument } from '@/test/support/factories';
import { occupiedBoxes } from './occupied';

/** Each element's box from its `data-box="left top width height"`; a text's box is its parent's. */
function layOut() {
  const rect = (el: Element | null) => {
    const [x, y, width, height] = (el?.getAttribute('data-box') ?? '0 0 0 0').split(' ').map(Number);
    return DOMRect.fromRect({ x, y, width, height });
  };
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    return rect(this);
  });
  vi.spyOn(Range.prototype, 'getBoundingClientRect').mockImplementation(function (this: Range) {
    const node = this.startContainer;
    return rect(node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element));
  });
}

const view = { left: 0, top: 0, right: 1280, bottom: 800 };

describe('what a note must not cover', () => {
  afterEach(() => vi.restoreAllMocks());

  it('words and controls, each once; not our own notes and outlines, but our launcher', () => {
    layOut();
    const doc = htmlDocument(`<body>
      <h1 data-box="10 10 300 30">Service Account Administration</h1>
      <div data-box="0 50 1280 200">
        <label data-box="10 60 80 20">User name</label>
        <input data-box="100 60 200 24">
        <input type="hidden" data-box="0 0 10 10">
        <button data-box="320 60 60 24"><span data-box="325 62 50 20">Save</span></button>
        <p data-box="10 100 600 40">   </p>
        <script>var covered = 'never';</script>
      </div>
      <tsa-x data-tsa-callout data-box="500 500 200 40"></tsa-x>
      <tsa-y data-tsa-launcher data-box="1200 700 60 60"></tsa-y>
      <p data-box="10 900 300 20">Below the window</p>
    </body>`);
    const boxes = occupiedBoxes(doc, view);
    expect(boxes).toEqual([
      { left: 10, top: 10, right: 310, bottom: 40 },
      { left: 10, top: 60, right: 90, bottom: 80 },
      { left: 100, top: 60, right: 300, bottom: 84 },
      { left: 320, top: 60, right: 380, bottom: 84 },
      { left: 1200, top: 700, right: 1260, bottom: 760 },
    ]);
  });

  it('a cross-origin frame is one box (its inside cannot be read)', () => {
    layOut();
    const doc = htmlDocument('<body><div data-box="0 100 800 400"></div></body>');
    // Stands in for a frame: happy-dom refuses to attach real ones (loudly).
    const frame = doc.querySelector('div')!;
    Object.defineProperty(frame, 'tagName', { value: 'IFRAME' });
    Object.defineProperty(frame, 'contentDocument', {
      get: () => {
        throw new DOMException('cross-origin', 'SecurityError');
      },
    });
    expect(occupiedBoxes(doc, view)).toEqual([{ left: 0, top: 100, right: 800, bottom: 500 }]);
  });
});
