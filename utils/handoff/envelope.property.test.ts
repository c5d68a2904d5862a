import { armor } from 'age-encryption';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SYSTEM_IDS, systemValues } from '../systems/catalog';
import { openEnvelope, sealEnvelope, type EnvelopeContents } from './envelope';

const FAST = 10;
const NOW = Date.UTC(2026, 11, 7, 12);
const PROPERTY_TIMEOUT_MS = 120_000;

/** Any provider with any non-empty subset of its values, any text in them, any host or none. */
const anyContents = fc.constantFrom(...SYSTEM_IDS).chain((provider) =>
  fc.record({
    provider: fc.constant(provider),
    sealedAt: fc.constant(NOW),
    expiresAt: fc.integer({ min: NOW + 1, max: NOW + 24 * 3_600_000 }),
    sealedBy: fc.option(fc.string({ minLength: 1, maxLength: 80 }), { nil: null }),
    values: fc
      .subarray(systemValues(provider), { minLength: 1 })
      .chain((names) =>
        fc.tuple(
          ...names.map((n) =>
            fc
              .record({ value: fc.string({ minLength: 1, maxLength: 1024, unit: 'binary' }), host: fc.option(fc.domain(), { nil: null }) })
              .map((v) => [n, v] as const),
          ),
        ),
      )
      .map((pairs) => Object.fromEntries(pairs)),
  }),
) as fc.Arbitrary<EnvelopeContents>;

describe('hand-off envelope (properties)', () => {
  it(
    'opens to exactly what was sealed, for any provider and any values',
    async () => {
      await fc.assert(
        fc.asyncProperty(anyContents, fc.string({ minLength: 1, maxLength: 60 }), async (c, pass) => {
          const text = await sealEnvelope(c, pass, FAST);
          const opened = await openEnvelope(text, pass, NOW);
          expect(opened).toEqual({ ok: true, contents: { ...c, sealedBy: c.sealedBy || null } });
        }),
        { numRuns: 40 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'refuses every single-byte change of the envelope',
    async () => {
      const c: EnvelopeContents = {
        provider: 'ukg-pro',
        sealedAt: NOW,
        expiresAt: NOW + 3_600_000,
        sealedBy: null,
        values: { username: { value: 'svc-together', host: null } },
      };
      const bytes = armor.decode(await sealEnvelope(c, 'pass', FAST));
      // Every position, each with a different flip; some flips land on the work factor's digits,
      // which makes scrypt slower (or refused above 2^20) but never opens.
      for (let i = 0; i < bytes.length; i++) {
        const altered = bytes.slice();
        altered[i] = altered[i]! ^ (1 << (i % 8));
        const opened = await openEnvelope(armor.encode(altered), 'pass', NOW);
        expect(opened.ok, `byte ${i}`).toBe(false);
      }
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'refuses any change to the armored text’s body (beyond the whitespace around it)',
    async () => {
      const text = await sealEnvelope(
        {
          provider: 'ukg-pro',
          sealedAt: NOW,
          expiresAt: NOW + 3_600_000,
          sealedBy: null,
          values: { username: { value: 'svc', host: null } },
        },
        'pass',
        FAST,
      );
      const start = text.indexOf('\n') + 1;
      const end = text.lastIndexOf('-----END');
      await fc.assert(
        fc.asyncProperty(fc.integer({ min: start, max: end - 1 }), fc.integer({ min: 33, max: 126 }), async (at, code) => {
          fc.pre(text[at] !== '\n' && text.charCodeAt(at) !== code);
          const altered = text.slice(0, at) + String.fromCharCode(code) + text.slice(at + 1);
          expect((await openEnvelope(altered, 'pass', NOW)).ok).toBe(false);
        }),
        { numRuns: 200 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );
});
