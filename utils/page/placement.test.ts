import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { labelOf, placeNote, union, type Box } from '@/utils/page/placement';

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const view = { width: 1280, height: 800 };

describe('notes on the page never cover what they are about', () => {
  const field: Box = { left: 100, top: 300, right: 300, bottom: 330 };
  const label: Box = { left: 100, top: 280, right: 180, bottom: 298 };

  it('a check goes beside the field and its label, or below them when the window has no room', () => {
    const about = union(field, label);
    expect(placeNote(about, { width: 200, height: 20 }, view, 'beside')).toEqual({ left: 308, top: 280, maxWidth: 968 });
    const right: Box = { left: 1000, top: 300, right: 1200, bottom: 330 };
    expect(placeNote(right, { width: 300, height: 20 }, view, 'beside')).toMatchObject({ top: 338 });
  });

  it('the callout goes above, or below when there is no room above', () => {
    expect(placeNote(field, { width: 300, height: 40 }, view, 'above')).toMatchObject({ top: 252 });
    expect(placeNote({ ...field, top: 10, bottom: 40 }, { width: 300, height: 40 }, view, 'above')).toMatchObject({ top: 48 });
  });

  test.prop([
    fc.record({ left: fc.integer({ min: 0, max: 1200 }), top: fc.integer({ min: 0, max: 760 }), w: fc.integer({ min: 1, max: 400 }), h: fc.integer({ min: 1, max: 60 }) }),
    fc.record({ width: fc.integer({ min: 40, max: 360 }), height: fc.integer({ min: 16, max: 80 }) }),
    fc.constantFrom('beside' as const, 'above' as const),
  ])('for any target and note size, the note does not overlap the target', (t, note, prefer) => {
    const about: Box = { left: t.left, top: t.top, right: t.left + t.w, bottom: t.top + t.h };
    const at = placeNote(about, note, view, prefer);
    const width = Math.min(note.width, at.maxWidth);
    // A note narrowed to fit wraps: it grows downwards, which only placements beside or below allow.
    const height = width < note.width ? note.height * Math.ceil(note.width / width) : note.height;
    expect(overlaps({ left: at.left, top: at.top, right: at.left + width, bottom: at.top + height }, about)).toBe(false);
  });

  it('finds a control’s label: for=, aria-labelledby, or the label around it', () => {
    document.body.innerHTML = '<label for="a">A</label><input id="a"><span id="bl">B</span><input id="b" aria-labelledby="bl"><label id="cl"><input type="checkbox" id="c"> Connect</label>';
    expect(labelOf(document.getElementById('a')!)?.textContent).toBe('A');
    expect(labelOf(document.getElementById('b')!)?.id).toBe('bl');
    expect(labelOf(document.getElementById('c')!)?.id).toBe('cl');
  });
});
