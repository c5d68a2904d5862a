import { describe, expect, expectTypeOf, it } from 'vitest';
import { requestSchemas, type RequestType } from '@/utils/protocol/messages';
import { isAllowed, POLICY } from '@/utils/protocol/policy';
import { classifySender, type SenderLike } from '@/utils/protocol/sender';
import type { ContentReplies, ToContent } from '@/utils/protocol/to-content';
import { contentSender, framedSender, panelSender, SELF, TOGETHER_PAGE, UKG_PAGE, VP_PAGE } from '@/test/support/factories';

/** Every kind of sender the background may meet, forged ones included. */
const SENDERS: Record<string, SenderLike> = {
  'side panel': panelSender(),
  'side panel stand-in tab (top frame)': panelSender({ tab: { id: 9 }, frameId: 0 }),
  'options page': panelSender({ url: `${SELF.origin}/options.html` }),
  'a page of ours framed into a web page': framedSender(),
  'UKG content script, top frame': contentSender(UKG_PAGE),
  'UKG content script, sub-frame': contentSender(UKG_PAGE, { frameId: 2 }),
  'Vantagepoint content script, top frame': contentSender(VP_PAGE),
  'Together content script, top frame': contentSender(TOGETHER_PAGE),
  'another extension': panelSender({ id: 'other-extension' }),
  'another extension’s origin with our id': panelSender({ origin: 'chrome-extension://other', url: 'chrome-extension://other/x.html' }),
  'no origin and no url': { id: SELF.id, frameId: 0, tab: { id: 7 } },
  'opaque origin': contentSender(UKG_PAGE, { origin: 'null' }),
  'origin and url disagree': contentSender(UKG_PAGE, { origin: 'https://evil.test' }),
  'http: UKG lookalike': contentSender('http://ew42.ultipro.com/default.aspx'),
  'UKG API host': contentSender('https://service4.ultipro.com/services/LoginService'),
  'Together lookalike suffix': contentSender('https://my.togetherplatform.com.evil.test/settings?section=integrations'),
  'Together lookalike subdomain': contentSender('https://evil.togetherplatform.com/settings?section=integrations'),
  'UKG lookalike suffix': contentSender('https://n12.ultipro.com.evil.test/default.aspx'),
  'unrelated site': contentSender('https://example.com/'),
  'content script without a tab': contentSender(UKG_PAGE, { tab: undefined }),
  'Together content script, sub-frame': contentSender(TOGETHER_PAGE, { frameId: 1 }),
  'http: Together': contentSender('http://my.togetherplatform.com/settings?section=integrations'),
  'on-premises Vantagepoint not added': contentSender('https://vp.acme-engineering.com/Acme/app/'),
  'our id, web origin, no tab': { id: SELF.id, url: UKG_PAGE, origin: new URL(UKG_PAGE).origin, frameId: 0 },
};

/** The policy, written out as a table a reviewer can check line by line. */
const SOURCE_PAGES = ['UKG content script, top frame', 'Vantagepoint content script, top frame'];
const OUR_PAGES = ['side panel', 'side panel stand-in tab (top frame)', 'options page'];
const ACCEPTED: Record<RequestType, string[]> = {
  'page/detected': SOURCE_PAGES,
  'page/form-saved': SOURCE_PAGES,
  'form/use-saved': OUR_PAGES,
  'page/decoy': SOURCE_PAGES,
  'capture/request': OUR_PAGES,
  'form/fix': OUR_PAGES,
  'form/fill': OUR_PAGES,
  'hosts/list': OUR_PAGES,
  'hosts/add': OUR_PAGES,
  'hosts/remove': OUR_PAGES,
  'settings/get': OUR_PAGES,
  'records/list': OUR_PAGES,
  'settings/set': OUR_PAGES,
  'vault/reveal': OUR_PAGES,
  'vault/put': OUR_PAGES,
  'relay/send': OUR_PAGES,
  'connection/test': OUR_PAGES,
  'vault/clear': OUR_PAGES,
  'clipboard/copied': OUR_PAGES,
  'outline/request': OUR_PAGES,
  'progress/reset': OUR_PAGES,
  'step/mark': OUR_PAGES,
  'guide/rest': OUR_PAGES,
  'vault/extend': OUR_PAGES,
  'relay/focus-together': OUR_PAGES,
  'page/open-panel': SOURCE_PAGES,
  'together/status': ['Together content script, top frame'],
  'together/hello': ['Together content script, top frame'],
  'together/saved': ['Together content script, top frame'],
  'relay/confirm-saved': OUR_PAGES,
  'handoff/values': OUR_PAGES,
  'handoff/keep': OUR_PAGES,
  'language/get': [...OUR_PAGES, ...SOURCE_PAGES, 'Together content script, top frame'],
};

describe('sender matrix', () => {
  it('covers every message type', () => {
    expect(Object.keys(ACCEPTED).sort()).toEqual(Object.keys(requestSchemas).sort());
    expect(Object.keys(POLICY).sort()).toEqual(Object.keys(requestSchemas).sort());
  });
  for (const type of Object.keys(ACCEPTED) as RequestType[]) {
    for (const [who, sender] of Object.entries(SENDERS)) {
      const expected = ACCEPTED[type].includes(who);
      it(`${type} from ${who}: ${expected ? 'accepted' : 'rejected'}`, () => {
        expect(isAllowed(type, classifySender(sender, SELF))).toBe(expected);
      });
    }
  }
});

/**
 * A message's name says who sends it: `page/*` a vendor page's script, `together/*` Together's page's
 * script, `to-page/*` and `to-together/*` the worker to those scripts; anything else our own pages
 * (with `language/get`, which every part of ours asks).
 */
describe('messages named by direction', () => {
  const rules: [string, string[]][] = [
    ['page/', SOURCE_PAGES],
    ['together/', ['Together content script, top frame']],
  ];
  for (const type of Object.keys(ACCEPTED) as RequestType[]) {
    const rule = rules.find(([prefix]) => type.startsWith(prefix));
    it(`${type}: ${rule ? `only from ${rule[0]}*'s senders` : 'from our pages'}`, () => {
      expect(type).not.toMatch(/^to-/);
      if (rule) expect(ACCEPTED[type]).toEqual(rule[1]);
      else expect(ACCEPTED[type]).toEqual(expect.arrayContaining(OUR_PAGES));
      if (!rule && type !== 'language/get') expect(ACCEPTED[type]).toEqual(OUR_PAGES);
    });
  }
  it('the worker’s messages to content scripts, and only they, start with to-page/ or to-together/', () => {
    expectTypeOf<ToContent['type']>().toEqualTypeOf<keyof ContentReplies>();
    expectTypeOf<ToContent['type']>().toMatchTypeOf<`to-page/${string}` | `to-together/${string}`>();
  });
  it('names the system a request is about `system`, never `guide`', () => {
    for (const [type, schema] of Object.entries(requestSchemas)) expect(Object.keys(schema.def.shape), type).not.toContain('guide');
  });
});

describe('classifySender', () => {
  it('knows the site and frame of a content script from the browser’s fields', () => {
    expect(classifySender(contentSender(UKG_PAGE), SELF)).toMatchObject({
      kind: 'content-script',
      site: 'ukg-pro',
      tabId: 7,
      topFrame: true,
      documentId: 'doc-1',
    });
  });
  it('rejects the empty sender WXT’s fake browser sends', () => {
    expect(classifySender({}, SELF)).toBeNull();
  });
  it('falls back to the URL’s origin where the browser gives no origin (older Firefox)', () => {
    expect(classifySender(contentSender(UKG_PAGE, { origin: undefined }), SELF)).toMatchObject({ site: 'ukg-pro' });
  });
});
