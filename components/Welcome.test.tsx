import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { Welcome } from './Welcome';

describe('the welcome page', () => {
  afterEach(() => document.body.replaceChildren());

  it('ends with one instruction and a picture of where the toolbar button is', () => {
    const root = document.createElement('div');
    document.body.replaceChildren(root);
    act(() => render(<Welcome />, root));
    const last = [...root.querySelectorAll('section')].at(-1)!;
    expect(last.querySelector('h2')!.textContent).toBe('Your next step');
    expect(last.querySelector('p')!.textContent).toBe('Open UKG Pro’s admin pages in this browser and click this button in the toolbar.');
    const picture = last.querySelector('svg[role="img"]')!;
    expect(picture.getAttribute('aria-label')).toContain('Together Setup Assistant button');
    expect(picture.querySelector('image')!.getAttribute('href')).toBe('/icon/32.png');
    expect(root.querySelector('a[href="/privacy.html"]')).not.toBeNull();
  });
});
