import { occupiedBoxes } from '../dom/occupied';
import type { PlaceCallout } from './overlay';
import { placeInFreeSpace } from './placement';

/**
 * The step's callout goes where it covers none of the page's words or controls: beside its target
 * in free space; where there is none, it shrinks to a pin with the step's number; where not even
 * that fits, it stays hidden (the step is in the side panel).
 */
export const placeCallout: PlaceCallout = (parts, about, view) => {
  const { host: h } = parts;
  if (h.style.display === 'none') return;
  const occupied = occupiedBoxes(document, { left: 0, top: 0, right: view.width, bottom: view.height });
  // Its size to the next whole pixel above (offsetHeight rounds 45.1 down to 45: a tenth over a field).
  const size = () => {
    const r = h.getBoundingClientRect();
    return { width: Math.ceil(r.width) + 1, height: Math.ceil(r.height) + 1 };
  };
  let at = placeInFreeSpace(about, size(), view, occupied);
  if (!at && parts.pin) {
    parts.pin();
    at = placeInFreeSpace(about, size(), view, occupied);
  }
  if (at) Object.assign(h.style, { left: `${at.left}px`, top: `${at.top}px` });
  else h.style.display = 'none';
};
