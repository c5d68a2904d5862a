import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import en from '../../public/_locales/en/messages.json';
import { flattenMessages, formatMessage } from '@/utils/i18n/i18n';

/** WXT's fake browser has no i18n: answer as a browser in English would, from our own en messages. */
const messages = flattenMessages(en);
const getMessage = (name: string, subs?: string | string[]) =>
  name in messages ? formatMessage(messages[name]!, typeof subs === 'string' ? [subs] : (subs ?? [])) : '';

beforeEach(() => {
  Object.assign(fakeBrowser.i18n, { getMessage, getUILanguage: () => 'en-US' });
});
