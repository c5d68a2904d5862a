import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { TOGETHER_ORIGIN } from '@/utils/together/site';

/**
 * Whether the panel's tab shows Together (where the colleague of a hand-off opens the envelope).
 * The extension may read the URL of Together's tabs only (its one host permission); the answer
 * follows the tab as it navigates.
 */
export function useAtTogether(tabId: number): boolean {
  const [at, setAt] = useState(false);
  useEffect(() => {
    const check = (url: string | undefined) => setAt(!!url && new URL(url).origin === TOGETHER_ORIGIN);
    void browser.tabs.get(tabId).then(
      (tab) => check(tab?.url),
      () => setAt(false),
    );
    const onUpdated = (id: number, change: { url?: string }) => {
      if (id === tabId && 'url' in change) check(change.url);
    };
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => browser.tabs.onUpdated.removeListener(onUpdated);
  }, [tabId]);
  return at;
}
