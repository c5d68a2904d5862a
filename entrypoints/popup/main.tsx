import { render } from 'preact';
import { browser } from '#imports';
import { GuideView } from '@/components/GuideView';
import { startInLanguage } from '@/components/start-in-language';
import '../guide-panel/style.css';

/**
 * The toolbar popup: the guide for the active tab (the only guide on hosts that cannot frame the
 * panel, such as an on-premises Vantagepoint), captured values and the paste-in form.
 */
void startInLanguage(async () => {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  render(<GuideView inPage={false} tabId={tab?.id ?? null} />, document.getElementById('app')!);
});
