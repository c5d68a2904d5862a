import { normalizeText } from './text';
import { isShown } from './visible';

/**
 * What a control says on its face, as a person reads it: a button's or link's own shown text, a
 * submit input's value, an image button's caption label beside it (UltiPro's toolbar). Never an
 * `aria-label`, `title` or `alt` alone: a page can name any control so in markup nobody sees
 * (a cookie banner's "Accept all" labelled "Save").
 */
export function visibleFace(el: Element): string {
  // By tag name, not instanceof: a frame's elements (UKG's ContentFrame) come from another realm.
  if (el.tagName === 'INPUT') {
    const input = el as HTMLInputElement;
    if (input.type === 'image') {
      const caption = el.parentElement?.querySelector(':scope > label');
      return caption && isShown(caption) ? normalizeText(caption.textContent) : '';
    }
    return ['submit', 'button', 'reset'].includes(input.type) ? normalizeText(input.value) : '';
  }
  return normalizeText(shownText(el));
}

/** The element's text without what is hidden inside it (`hidden`, `display: none`, invisible). */
function shownText(el: Element): string {
  let text = '';
  for (const node of el.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) text += node.textContent ?? '';
    else if (node.nodeType === Node.ELEMENT_NODE && isShown(node as Element)) text += ` ${shownText(node as Element)} `;
  }
  return text;
}

/** Whether a heading a person can see (never the document's title) says `pattern`. */
export function hasShownHeading(doc: Document, pattern: RegExp): boolean {
  for (const el of doc.querySelectorAll('h1, h2, h3, h4, [role="heading"], legend, .pageTitle, .PageTitle'))
    if (isShown(el) && pattern.test(normalizeText(el.textContent))) return true;
  return false;
}
