import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { FindPage } from './FindPage';

function show(find: { term: string; href: string | null }) {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  act(() => render(<FindPage find={find} tabId={7} />, root));
  return root;
}
const button = (root: Element, name: string) => [...root.querySelectorAll('button')].find((b) => b.textContent === name);

describe('another way to the step’s page', () => {
  afterEach(() => {
    document.body.replaceChildren();
    fakeBrowser.reset();
  });

  it('copies the page’s name for the vendor’s menu search, and says so beside the button', async () => {
    const writeText = vi.fn(async () => undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    const root = show({ term: 'Service Account Administration', href: null });
    expect(button(root, 'Open Service Account Administration')).toBeUndefined();
    await act(async () => button(root, 'Copy search term')!.click());
    expect(writeText).toHaveBeenCalledWith('Service Account Administration');
    await vi.waitFor(() =>
      expect(root.querySelector('[role=status]')?.textContent).toBe(
        'Copied “Service Account Administration”: paste it into the search box of the menu.',
      ),
    );
    vi.unstubAllGlobals();
  });

  it('says what to do when the browser refuses the clipboard', async () => {
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText: async () => Promise.reject(new Error('denied')) } });
    const root = show({ term: 'Web Services', href: null });
    await act(async () => button(root, 'Copy search term')!.click());
    await vi.waitFor(() => expect(root.querySelector('[role=alert]')?.textContent).toContain('Search the menu for “Web Services”'));
    vi.unstubAllGlobals();
  });

  it('opens the page in the guided tab where its address is public', async () => {
    const update = vi.spyOn(browser.tabs, 'update').mockResolvedValue({} as never);
    const root = show({ term: 'API Clients', href: 'https://acme.example.test/admin/api-clients' });
    await act(async () => button(root, 'Open API Clients')!.click());
    expect(update).toHaveBeenCalledWith(7, { url: 'https://acme.example.test/admin/api-clients' });
  });
});
