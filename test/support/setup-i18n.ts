import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { flattenMessages, formatMessage } from '@/utils/i18n/i18n';
import { joinedMessages, systemMessageDirs } from '@/scripts/locales';
import { EXAMPLE_MESSAGES } from '@/test/example-system/build';

/**
 * WXT's fake browser has no i18n: answer as a browser in English would, from our own en messages
 * as the build joins them (the example system's too: its tests run in the example project).
 */
const messages = flattenMessages(joinedMessages('en', systemMessageDirs([EXAMPLE_MESSAGES])));
const getMessage = (name: string, subs?: string | string[]) =>
  name in messages ? formatMessage(messages[name]!, typeof subs === 'string' ? [subs] : (subs ?? [])) : '';

beforeEach(() => {
  Object.assign(fakeBrowser.i18n, { getMessage, getUILanguage: () => 'en-US' });
});
