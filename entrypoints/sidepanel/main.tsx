import { render } from 'preact';
import { GuideView } from '@/components/GuideView';
import { startInLanguage } from '@/components/start-in-language';
import { panelTab } from '@/utils/contracts/side-panel';
import './style.css';

/**
 * The guide in the browser's side panel (Chrome, Edge) or sidebar (Firefox), beside the vendor
 * page and out of its reach. Its tab comes from its own address (`?tab=`), which the background
 * sets per tab: never "the active tab", so the same page is a faithful stand-in tab in tests.
 */
void startInLanguage(() => render(<GuideView tabId={panelTab(location.search)} />, document.getElementById('app')!));
