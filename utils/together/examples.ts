import type { SiteExamples } from '../contracts/site';
import { TOGETHER_INTEGRATIONS_URL, TOGETHER_ORIGIN } from './site';

/** Test data (nothing shipped imports it): URLs that must and must not satisfy Together's `isSiteUrl`. */
export const togetherExamples: SiteExamples = {
  match: [TOGETHER_INTEGRATIONS_URL, `${TOGETHER_ORIGIN}/settings`, `${TOGETHER_ORIGIN}/settings?section=profile`],
  noMatch: [
    'http://my.togetherplatform.com/settings?section=integrations',
    'https://my.togetherplatform.com.evil.test/settings?section=integrations',
    'https://evil.togetherplatform.com/settings?section=integrations',
    'https://my.togetherplatform.com:8443/settings?section=integrations',
    'https://my.togetherplatform.com/settingsx',
    'https://my.togetherplatform.com/login?next=/settings',
  ],
};
