import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { checkValue, normalizeValue } from '@/utils/systems/value-checks';
import { checkRootUrl } from '@/utils/systems/ukg-pro/root-url';
import { checkScopes, type ScopeRow } from '@/utils/systems/ukg-pro/scopes';
import { checkPublicAddress, checkVantagepointUrl, readVersion } from '@/utils/systems/vantagepoint/address';
import { SITES, siteForUrl } from '@/utils/systems/sites';
import { isTogetherIntegrationsUrl } from '@/utils/together/site';
import { VALUE_NAMES } from '@/utils/contracts/values';

/** Each property's own time limit: hundreds of generated cases on a loaded 2-core machine. */
const PROPERTY_TIMEOUT_MS = 30_000;

const seed = Number(process.env.FC_SEED ?? 20261122);
const RUNS = { numRuns: 1000, seed };
console.info(`fast-check seed ${seed} (parsers)`);

/** Strings admins paste: arbitrary text, URLs, and UKG-ish host names with noise around them. */
const pasted = fc.oneof(
  fc.string(),
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc
    .tuple(
      fc.constantFrom('', ' ', 'https://', 'http://', 'HTTPS://'),
      fc.stringMatching(/^[a-z0-9-]{0,12}$/),
      fc.constantFrom('.ultipro.com', '.ultipro.ca', '.ukgpro.com', '', '.example'),
      fc.constantFrom('', '/', '/services/LoginService', '/Login.aspx', ' '),
    )
    .map((p) => p.join('')),
);

describe('value parsers under arbitrary input', () => {
  test.prop([fc.constantFrom(...VALUE_NAMES), pasted], RUNS)(
    'checks never throw and always explain themselves',
    (name, raw) => {
      const r = checkValue(name, raw);
      expect(['ok', 'warn', 'error']).toContain(r.level);
      expect(r.message.length).toBeGreaterThan(0);
      expect(typeof normalizeValue(name, raw)).toBe('string');
    },
    PROPERTY_TIMEOUT_MS,
  );

  test.prop([pasted], RUNS)(
    'a root URL, once normalised, is https://<host>/ and normalises to itself',
    (raw) => {
      const r = checkRootUrl(raw);
      if (r.url === null) return;
      expect(r.url).toMatch(/^https:\/\/[a-z0-9.-]+\/$/);
      expect(checkRootUrl(r.url).url).toBe(r.url);
      expect(r.level).not.toBe('error');
    },
    PROPERTY_TIMEOUT_MS,
  );

  test.prop([pasted], RUNS)(
    'a Vantagepoint URL, once normalised, ends in /<Tenant>/app/ and normalises to itself',
    (raw) => {
      const r = checkVantagepointUrl(raw);
      if (r.url === null) return;
      expect(r.url).toMatch(/^https:\/\/[^/]+\/[^/]+\/app\/$/);
      expect(checkVantagepointUrl(r.url).url).toBe(r.url);
    },
    PROPERTY_TIMEOUT_MS,
  );

  test.prop([fc.string(), fc.domain()], RUNS)(
    'version and address readers never throw',
    (text, host) => {
      const v = readVersion(text);
      expect(v === null || Number.isFinite(v)).toBe(true);
      expect(['ok', 'warn']).toContain(checkPublicAddress(host).level);
    },
    PROPERTY_TIMEOUT_MS,
  );

  const row = fc.record({
    service: fc.string(),
    rights: fc.record({ add: fc.boolean(), delete: fc.boolean(), view: fc.boolean(), edit: fc.boolean() }),
  }) as fc.Arbitrary<ScopeRow>;
  test.prop([fc.array(row, { maxLength: 12 })], RUNS)(
    'applying the planned rights changes always leads to an ok grid (when the services exist)',
    (rows) => {
      const { changes } = checkScopes(rows);
      const fixed = rows.map((r) => ({ ...r, rights: { ...r.rights } }));
      for (const c of changes) for (const r of fixed) if (r.service === c.service) r.rights[c.right] = c.to;
      const after = checkScopes(fixed);
      expect(after.changes).toEqual([]);
      expect(
        after.results.every((r) => r.level === 'ok' || r.message.endsWith('is not in the Web Services grid. Together needs View on it.')),
      ).toBe(true);
    },
    PROPERTY_TIMEOUT_MS,
  );
});

describe('URL matchers under arbitrary input', () => {
  test.prop([fc.webUrl({ withQueryParameters: true, withFragments: true })], RUNS)(
    'never throw; at most one site claims a URL; only https',
    (raw) => {
      const url = new URL(raw);
      const claims = Object.values(SITES).filter((s) => s.isSiteUrl(url));
      expect(claims.length).toBeLessThanOrEqual(1);
      expect(siteForUrl(url)?.id ?? null).toBe(claims[0]?.id ?? null);
      if (claims.length) expect(url.protocol).toBe('https:');
      if (isTogetherIntegrationsUrl(url)) expect(url.origin).toBe('https://my.togetherplatform.com');
    },
    PROPERTY_TIMEOUT_MS,
  );
});
