import { normalizeText } from './text';

const textOf = (el: Element | null | undefined) => el?.textContent ?? '';

/**
 * The caption UltiPro's toolbar puts beside an image button (facts §6.1): `<div class="buttonContainer">
 * <input type="image" src="…/ButtonSave.gif"><label id="lblSaveBtn">save</label></div>` — the input
 * has no text of its own. A label for it, else the label right after it, else the container's only label.
 */
function imageButtonCaption(input: Element): string {
  const doc = input.ownerDocument;
  const id = input.getAttribute('id');
  const forIt = id ? doc.querySelector(`label[for="${CSS.escape(id)}"]`) : null;
  if (forIt) return textOf(forIt);
  const next = input.nextElementSibling;
  if (next?.tagName === 'LABEL' || next?.tagName === 'SPAN') return textOf(next);
  const labels = input.parentElement?.querySelectorAll(':scope > label, :scope > span');
  return labels?.length === 1 ? textOf(labels[0]) : '';
}

/**
 * The name a screen reader would read for a control, lower case with single spaces: the one helper
 * every page definition uses to find Save, Add, Generate Secret, Configure Connect and the like.
 * Order as in the accessible-name computation, simplified: aria-labelledby, aria-label, then by
 * kind — an image input's alt / title / value / caption label, a button input's value, a field's
 * label — and otherwise the element's text (images inside it by their alt), then its title.
 * Tag names, not instanceof: UKG's ContentFrame elements come from another window.
 */
export function accessibleName(el: Element): string {
  const doc = el.ownerDocument;
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) {
    const text = labelledBy
      .split(/\s+/)
      .map((id) => textOf(doc.getElementById(id)))
      .join(' ');
    if (text.trim()) return normalizeText(text);
  }
  const aria = el.getAttribute('aria-label');
  if (aria?.trim()) return normalizeText(aria);
  const title = el.getAttribute('title') ?? '';
  if (el.tagName === 'INPUT') {
    const input = el as HTMLInputElement;
    const type = (input.getAttribute('type') ?? 'text').toLowerCase();
    if (type === 'image')
      return normalizeText(input.getAttribute('alt') || title || input.getAttribute('value') || imageButtonCaption(input));
    if (type === 'button' || type === 'submit' || type === 'reset') return normalizeText(input.value || title);
    const id = input.getAttribute('id');
    const label = (id ? textOf(doc.querySelector(`label[for="${CSS.escape(id)}"]`)) : '') || textOf(input.closest('label'));
    return normalizeText(label || title || input.getAttribute('placeholder'));
  }
  if (el.tagName === 'IMG') return normalizeText(el.getAttribute('alt') || title);
  let text = textOf(el);
  if (!text.trim()) text = [...el.querySelectorAll('img[alt], input[type="image"]')].map((i) => i.getAttribute('alt') ?? '').join(' ');
  return normalizeText(text || title);
}

/** Everything a person can click as a button or link, in page order. */
const CONTROLS =
  'button, a, [role="button"], [role="link"], [role="menuitem"], input[type="button"], input[type="submit"], input[type="image"], input[type="reset"]';

/** The first control whose accessible name matches (a caption label stands for its image button). */
export function findControlByName(
  root: Document | Element,
  name: RegExp,
  isUsable: (el: Element) => boolean = () => true,
): HTMLElement | null {
  for (const el of root.querySelectorAll<HTMLElement>(CONTROLS)) if (name.test(accessibleName(el)) && isUsable(el)) return el;
  return null;
}

/** The control a click landed on, seen from any element inside it (or its caption label). */
export function controlAt(target: EventTarget | null): Element | null {
  const el = target as Element | null;
  if (!el?.closest) return null;
  const control = el.closest(CONTROLS);
  if (control) return control;
  // A click on an image button's caption label: the button beside it.
  const label = el.closest('label');
  const image = label?.parentElement?.querySelector(':scope > input[type="image"]');
  return image ?? label ?? null;
}
