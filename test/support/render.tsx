import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';

/** Renders `node` alone in the document (what was shown before goes) and returns its root. */
export function show(node: ComponentChild): HTMLElement {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  act(() => render(node, root));
  return root;
}

/** The buttons' names as a person reads them (their text, or aria-label for icon buttons). */
export const buttonNames = (root: ParentNode) =>
  [...root.querySelectorAll('button')].map((b) => b.getAttribute('aria-label') ?? b.textContent?.trim() ?? '');

/** The button named `name`; fails the test when there is none. */
export function button(root: ParentNode, name: string): HTMLButtonElement {
  const found = [...root.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent?.trim()) === name);
  if (!found) throw new Error(`no button "${name}" among: ${buttonNames(root).join(' | ')}`);
  return found;
}

/** Clicks the button named `name`, letting Preact re-render. */
export function click(root: ParentNode, name: string): void {
  const b = button(root, name);
  act(() => b.click());
}

/** Types `value` into a field as a person would (an input event after the value changes). */
export function type(field: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  act(() => {
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
