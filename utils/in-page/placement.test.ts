import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { labelOf, placeInFreeSpace, placeNote, union, type Box } from '@/utils/in-page/placement';

/** Each property's own time limit: hundreds of generated cases on a loaded 2-core machine. */
const PROPERTY_TIMEOUT_MS = 30_000;

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const view = { width: 1280, height: 800 };

describe('notes on the page never cover what they are about', () => {
  const field: Box = { left: 100, top: 300, right: 300, bottom: 330 };
  const label: Box = { left: 100, top: 280, right: 180, bottom: 298 };

  it('a check goes beside the field and its label, or below them when the window has no room', () => {
    const about = union(field, label);
    expect(placeNote(about, { width: 200, height: 20 }, view)).toEqual({ left: 308, top: 280, maxWidth: 968 });
    const right: Box = { left: 1000, top: 300, right: 1200, bottom: 330 };
    expect(placeNote(right, { width: 300, height: 20 }, view)).toMatchObject({ top: 338 });
  });

  test.prop([
    fc.record({
      left: fc.integer({ min: 0, max: 1200 }),
      top: fc.integer({ min: 0, max: 760 }),
      w: fc.integer({ min: 1, max: 400 }),
      h: fc.integer({ min: 1, max: 60 }),
    }),
    fc.record({ width: fc.integer({ min: 40, max: 360 }), height: fc.integer({ min: 16, max: 80 }) }),
  ])(
    'for any field and note size, a check does not overlap its field',
    (t, note) => {
      const about: Box = { left: t.left, top: t.top, right: t.left + t.w, bottom: t.top + t.h };
      const at = placeNote(about, note, view);
      const width = Math.min(note.width, at.maxWidth);
      // A note narrowed to fit wraps: it grows downwards, which only placements beside or below allow.
      const height = width < note.width ? note.height * Math.ceil(note.width / width) : note.height;
      expect(overlaps({ left: at.left, top: at.top, right: at.left + width, bottom: at.top + height }, about)).toBe(false);
    },
    PROPERTY_TIMEOUT_MS,
  );

  it('finds a control’s label: for=, aria-labelledby, or the label around it', () => {
    document.body.innerHTML =
      '<label for="a">A</label><input id="a"><span id="bl">B</span><input id="b" aria-labelledby="bl"><label id="cl"><input type="checkbox" id="c"> Connect</label>';
    expect(labelOf(document.getElementById('a')!)?.textContent).toBe('A');
    expect(labelOf(document.getElementById('b')!)?.id).toBe('bl');
    expect(labelOf(document.getElementById('c')!)?.id).toBe('cl');
  });
});

describe('the step’s callout goes where it covers nothing of the page', () => {
  const target: Box = { left: 300, top: 200, right: 500, bottom: 230 };
  const note = { width: 280, height: 40 };
  const box = (at: { left: number; top: number }, size = note): Box => ({
    left: at.left,
    top: at.top,
    right: at.left + size.width,
    bottom: at.top + size.height,
  });

  it('beside the target, aligned with it, when the page is empty there', () => {
    expect(placeInFreeSpace(target, note, view, [])).toEqual({ left: 508, top: 200 });
  });

  it('below, left or above when the right is taken; further away when all four are', () => {
    const right: Box = { left: 505, top: 150, right: 1280, bottom: 280 };
    const moved = placeInFreeSpace(target, note, view, [right])!;
    expect(overlaps(box(moved), right)).toBe(false);
    expect(moved).toEqual({ left: target.left - 8 - note.width, top: target.top });
    const ring: Box[] = [
      right,
      { left: 0, top: 232, right: 1280, bottom: 320 },
      { left: 0, top: 150, right: 298, bottom: 232 },
      { left: 0, top: 100, right: 1280, bottom: 198 },
    ];
    const far = placeInFreeSpace(target, note, view, ring)!;
    expect(ring.some((o) => overlaps(box(far), o))).toBe(false);
  });

  it('nowhere when the page is full: the caller shrinks it to a pin or hides it', () => {
    expect(placeInFreeSpace(target, note, view, [{ left: 0, top: 0, right: 1280, bottom: 800 }])).toBeNull();
    expect(placeInFreeSpace(target, { width: 2000, height: 40 }, view, [])).toBeNull();
  });

  test.prop([
    fc.record({
      left: fc.integer({ min: 0, max: 1100 }),
      top: fc.integer({ min: 0, max: 760 }),
      w: fc.integer({ min: 1, max: 300 }),
      h: fc.integer({ min: 1, max: 60 }),
    }),
    fc.array(
      fc.record({
        left: fc.integer({ min: 0, max: 1280 }),
        top: fc.integer({ min: 0, max: 800 }),
        w: fc.integer({ min: 1, max: 400 }),
        h: fc.integer({ min: 1, max: 60 }),
      }),
      { maxLength: 40 },
    ),
    fc.record({ width: fc.integer({ min: 24, max: 360 }), height: fc.integer({ min: 24, max: 80 }) }),
  ])(
    'any spot it finds is inside the window and clear of the target and of every word and control',
    (t, words, size) => {
      const about: Box = { left: t.left, top: t.top, right: t.left + t.w, bottom: t.top + t.h };
      const occupied = words.map((o) => ({ left: o.left, top: o.top, right: o.left + o.w, bottom: o.top + o.h }));
      const at = placeInFreeSpace(about, size, view, occupied);
      if (!at) return;
      const b = box(at, size);
      expect(b.left).toBeGreaterThanOrEqual(0);
      expect(b.top).toBeGreaterThanOrEqual(0);
      expect(b.right).toBeLessThanOrEqual(view.width);
      expect(b.bottom).toBeLessThanOrEqual(view.height);
      expect(overlaps(b, about)).toBe(false);
      expect(occupied.filter((o) => overlaps(b, o))).toEqual([]);
    },
    PROPERTY_TIMEOUT_MS,
  );
});
