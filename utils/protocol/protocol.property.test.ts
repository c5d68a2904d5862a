import { fc, test } from '@fast-check/vitest';
import type { vi } from 'vitest';
import { describe, expect } from 'vitest';
import { requestSchemas } from '@/utils/protocol/messages';
import { route } from '@/utils/protocol/router';
import { classifySender } from '@/utils/protocol/sender';
import { isTogetherIntegrationsUrl } from '@/utils/together/site';
import { VALUE_NAMES } from '@/utils/contracts/values';
import { contentSender, panelSender, SELF, spyHandlers } from '@/test/support/factories';

/** Each property's own time limit: hundreds of generated cases on a loaded 2-core machine. */
const PROPERTY_TIMEOUT_MS = 30_000;

// Seeds are printed by fast-check on failure; a fixed one keeps CI reproducible.
const seed = Number(process.env.FC_SEED ?? 20261122);
const RUNS = { numRuns: 1000, seed };
console.info(`fast-check seed ${seed}`);

const handlers = spyHandlers;

const types = Object.keys(requestSchemas);
/** Messages that look almost right: a real type with arbitrary other fields. */
const nearMessage = fc
  .record({ type: fc.constantFrom(...types) })
  .chain((base) => fc.dictionary(fc.string(), fc.jsonValue()).map((extra) => ({ ...extra, ...base })));

// A thousand routed messages take ~10 s on a busy 2-core machine: more than the default timeout.
describe('message schemas under arbitrary input', { timeout: 60_000 }, () => {
  test.prop([fc.oneof(fc.jsonValue(), nearMessage, fc.anything())], RUNS)(
    'never throw, and reach a handler only when the message parses',
    async (message) => {
      const h = handlers();
      const reply = await route(h, SELF, message, panelSender());
      expect(typeof reply.ok).toBe('boolean');
      const calls = Object.values(h).reduce((n, fn) => n + (fn as ReturnType<typeof vi.fn>).mock.calls.length, 0);
      const parses = Object.values(requestSchemas).some((s) => s.safeParse(message).success);
      expect(calls).toBe(reply.ok && parses ? 1 : 0);
      if (!parses) expect(reply.ok).toBe(false);
    },
    PROPERTY_TIMEOUT_MS,
  );

  test.prop([fc.constantFrom(...VALUE_NAMES)], { numRuns: 50, seed })(
    'accept every value name in capture requests',
    async (value) => {
      const h = handlers();
      expect((await route(h, SELF, { type: 'capture/request', value }, panelSender())).ok).toBe(true);
    },
    PROPERTY_TIMEOUT_MS,
  );
});

const label = fc.stringMatching(/^[a-z0-9-]{1,12}$/);
/** Origins built to look like Together's: suffixes, prefixes, other subdomains, other schemes and ports. */
const lookalikeOrigin = fc.oneof(
  label.map((l) => `https://my.togetherplatform.com.${l}.test/settings?section=integrations`),
  label.map((l) => `https://${l}.togetherplatform.com/settings?section=integrations`),
  label.map((l) => `https://my.togetherplatform.com${l}.io/settings?section=integrations`),
  label.map((l) => `https://${l}my.togetherplatform.com/settings?section=integrations`),
  fc
    .integer({ min: 1, max: 65535 })
    .filter((p) => p !== 443)
    .map((p) => `https://my.togetherplatform.com:${p}/settings?section=integrations`),
  fc.constantFrom('http', 'ws', 'ftp').map((s) => `${s}://my.togetherplatform.com/settings?section=integrations`),
);
/** The right origin, the wrong place. */
const wrongPlace = fc.oneof(
  label.map((l) => `https://my.togetherplatform.com/${l}/settings?section=integrations`),
  label.filter((l) => l !== 'integrations').map((l) => `https://my.togetherplatform.com/settings?section=${l}`),
);

describe('Together origin check', () => {
  test.prop([lookalikeOrigin], RUNS)(
    'accepts no generated lookalike origin as Together at all',
    (url) => {
      expect(isTogetherIntegrationsUrl(new URL(url))).toBe(false);
      const sender = classifySender(contentSender(url), SELF);
      expect(sender?.kind === 'content-script' && sender.site === 'together').toBe(false);
    },
    PROPERTY_TIMEOUT_MS,
  );

  test.prop([wrongPlace], RUNS)(
    'accepts no other path or section as the fill destination',
    (url) => {
      expect(isTogetherIntegrationsUrl(new URL(url))).toBe(false);
    },
    PROPERTY_TIMEOUT_MS,
  );

  test.prop([fc.webUrl({ withQueryParameters: true, withFragments: true })], RUNS)(
    'never throws on arbitrary URLs',
    (url) => {
      expect(() => classifySender(contentSender(url), SELF)).not.toThrow();
    },
    PROPERTY_TIMEOUT_MS,
  );
});
