import { describe, expect, it } from 'vitest';
import { chooseSide } from '@/utils/page/panel-placement';

const box = (left: number, right: number, top = 0, bottom = 40) => ({ left, right, top, bottom });

describe('where the panel docks (it never covers what the step asks for)', () => {
  it.each([
    ['nothing in the way', [], 'right', 'right'],
    ['a toolbar pinned top-right', [box(1100, 1280)], 'right', 'left'],
    ['a dialog centred on a 1280 px viewport', [box(440, 840, 200, 500)], 'right', 'right'],
    ['a dialog as wide as the viewport: no side is clear, so no flapping', [box(100, 1200, 200, 500)], 'right', 'right'],
    ['a menu at the left while the panel is left', [box(0, 200)], 'left', 'right'],
    ['the panel went left for a toolbar that is gone: it stays', [], 'left', 'left'],
  ] as const)('%s', (_name, blockers, current, side) => {
    expect(chooseSide(blockers, current, 1280, 360)).toBe(side);
  });

  it('1920 px wide: a toolbar at the right edge still moves it', () => {
    expect(chooseSide([box(1700, 1920)], 'right', 1920, 360)).toBe('left');
  });
});
