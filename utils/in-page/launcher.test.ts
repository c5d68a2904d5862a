import { describe, expect, it } from 'vitest';
import { chooseCorner } from '@/utils/in-page/launcher';

const VIEW = { width: 1280, height: 800 };
const SIZE = { width: 260, height: 40 };
const box = (left: number, top: number, width = 100, height = 30) => ({ left, top, right: left + width, bottom: top + height });

describe('the launcher’s corner', () => {
  it('sits bottom right when nothing of the step is there', () => {
    expect(chooseCorner([], SIZE, VIEW)).toEqual(['bottom', 'right']);
    expect(chooseCorner([box(100, 100)], SIZE, VIEW)).toEqual(['bottom', 'right']);
  });

  it('moves away from the step’s target or callout, corner by corner', () => {
    expect(chooseCorner([box(1150, 750)], SIZE, VIEW)).toEqual(['bottom', 'left']);
    expect(chooseCorner([box(0, 740, 1280, 60)], SIZE, VIEW)).toEqual(['top', 'right']);
    expect(chooseCorner([box(0, 740, 1280, 60), box(1100, 0, 180, 60)], SIZE, VIEW)).toEqual(['top', 'left']);
  });

  it('keeps its usual corner when every corner is taken (it can be hidden for the page)', () => {
    expect(chooseCorner([box(0, 0, 1280, 800)], SIZE, VIEW)).toEqual(['bottom', 'right']);
  });
});
