import { describe, expect, it } from 'vitest';
import { MatchPattern } from '#imports';
import { SITE_EXAMPLES } from '@/test/support/examples';
import { SITES, siteForUrl, type SiteId } from '@/utils/systems/sites';
import { isTogetherIntegrationsUrl } from '@/utils/together/site';

const sites = Object.values(SITES);

describe('site URL matchers', () => {
  for (const site of sites) {
    describe(site.id, () => {
      it.each(SITE_EXAMPLES[site.id as SiteId].match)('claims %s', (url) => {
        expect(site.isSiteUrl(new URL(url))).toBe(true);
        expect(siteForUrl(new URL(url))?.id).toBe(site.id);
      });
      it.each(SITE_EXAMPLES[site.id as SiteId].noMatch)('does not claim %s', (url) => {
        expect(site.isSiteUrl(new URL(url))).toBe(false);
      });
      it('has manifest patterns covering every URL it claims', () => {
        const patterns = site.matches.map((m) => new MatchPattern(m));
        for (const url of SITE_EXAMPLES[site.id as SiteId].match) expect(patterns.some((p) => p.includes(url))).toBe(true);
      });
      it('claims none of the other sites’ examples', () => {
        for (const other of sites.filter((s) => s !== site))
          for (const url of SITE_EXAMPLES[other.id as SiteId].match) expect(site.isSiteUrl(new URL(url))).toBe(false);
      });
    });
  }

  it('never uses <all_urls> or a bare wildcard host', () => {
    for (const m of sites.flatMap((s) => s.matches)) {
      expect(m).not.toBe('<all_urls>');
      expect(m).toMatch(/^https:\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)+\//);
    }
  });
});

describe('Together integrations page', () => {
  it.each([
    ['https://my.togetherplatform.com/settings?section=integrations', true],
    ['https://my.togetherplatform.com/settings/?section=integrations&x=1', true],
    ['https://my.togetherplatform.com/settings?section=profile', false],
    ['https://my.togetherplatform.com/settings', false],
    ['http://my.togetherplatform.com/settings?section=integrations', false],
    ['https://my.togetherplatform.com.evil.test/settings?section=integrations', false],
    ['https://evil.togetherplatform.com/settings?section=integrations', false],
    ['https://my.togetherplatform.com:444/settings?section=integrations', false],
    ['https://my.togetherplatform.com/login?next=%2Fsettings%3Fsection%3Dintegrations', false],
  ])('%s → %s', (url, expected) => {
    expect(isTogetherIntegrationsUrl(new URL(url))).toBe(expected);
  });
});
