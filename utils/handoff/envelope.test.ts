import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { armor, Decrypter } from 'age-encryption';
import { describe, expect, it } from 'vitest';
import { SYSTEM_IDS, systemValues } from '../systems/catalog';
import { openEnvelope, readContents, sealEnvelope, type EnvelopeContents } from './envelope';
import { BITS_PER_WORD, generatePassphrase, PASSPHRASE_WORDS } from './passphrase';

/** A low scrypt work factor keeps hundreds of openings fast; the format is the same. */
const FAST = 10;
const NOW = Date.UTC(2026, 11, 7, 12);
const HOUR = 3_600_000;
const CANARY = 'CANARY-7f3a9c-secret-value';

const contents = (provider = SYSTEM_IDS[0]): EnvelopeContents => ({
  provider,
  sealedAt: NOW,
  expiresAt: NOW + 24 * HOUR,
  sealedBy: 'Ana (HRIS)',
  values: Object.fromEntries(
    systemValues(provider).map((n, i) => [n, { value: `${CANARY}-${n}`, host: i % 2 ? null : 'ew42.ultipro.com' }]),
  ),
});

describe('hand-off envelope', () => {
  it.each(SYSTEM_IDS)('round-trips every value of %s, with who sealed it, when, and where each came from', async (provider) => {
    const c = contents(provider);
    const text = await sealEnvelope(c, 'one-two-three', FAST);
    expect(text.startsWith('-----BEGIN AGE ENCRYPTED FILE-----\n')).toBe(true);
    expect(await openEnvelope(text, 'one-two-three', NOW + HOUR)).toEqual({ ok: true, contents: c });
  });

  it('never holds the plaintext: no value, canary or provider in the armored text or its bytes', async () => {
    const text = await sealEnvelope(contents(), 'one-two-three', FAST);
    const bytes = Buffer.from(armor.decode(text)).toString('latin1');
    for (const where of [text, bytes, Buffer.from(text).toString('base64')]) {
      expect(where).not.toContain(CANARY);
      expect(where).not.toContain('Ana (HRIS)');
      expect(where).not.toContain('ew42.ultipro.com');
    }
  });

  it('holds one provider only: another system’s values are left out', async () => {
    const [a, b] = SYSTEM_IDS;
    const mixed = { ...contents(a), values: { ...contents(b).values, ...contents(a).values } };
    const opened = await openEnvelope(await sealEnvelope(mixed, 'p', FAST), 'p', NOW);
    expect(opened.ok && Object.keys(opened.contents.values).sort()).toEqual([...systemValues(a)].sort());
  });

  it('refuses a wrong passphrase, text that is not an envelope, and a cut one, each for its reason', async () => {
    const text = await sealEnvelope(contents(), 'right-words', FAST);
    expect(await openEnvelope(text, 'wrong-words', NOW)).toEqual({ ok: false, refusal: 'passphrase' });
    expect(await openEnvelope('hello', 'right-words', NOW)).toEqual({ ok: false, refusal: 'not-envelope' });
    const lines = text.trim().split('\n');
    const cut = [...lines.slice(0, 2), ...lines.slice(-1)].join('\n');
    expect((await openEnvelope(cut, 'right-words', NOW)).ok).toBe(false);
    // Pasted from a mail client: CRLF and blank lines around it still open.
    expect((await openEnvelope(`\r\n  ${text.replaceAll('\n', '\r\n')}\n\n`, 'right-words', NOW)).ok).toBe(true);
  });

  it('expires at the sealed expiry, to the millisecond', async () => {
    const text = await sealEnvelope({ ...contents(), expiresAt: NOW + HOUR }, 'p', FAST);
    expect((await openEnvelope(text, 'p', NOW + HOUR - 1)).ok).toBe(true);
    expect(await openEnvelope(text, 'p', NOW + HOUR)).toEqual({ ok: false, refusal: 'expired' });
    expect(await openEnvelope(text, 'p', NOW + 30 * 24 * HOUR)).toEqual({ ok: false, refusal: 'expired' });
  });

  it('refuses an unknown format version, an unknown provider and an impossible lifetime', () => {
    const base = {
      format: 'together-setup-hand-off',
      version: 1,
      provider: 'ukg-pro',
      sealedAt: new Date(NOW).toISOString(),
      expiresAt: new Date(NOW + HOUR).toISOString(),
      values: { username: { value: 'x', host: null } },
    };
    expect(readContents(JSON.stringify(base), NOW).ok).toBe(true);
    expect(readContents(JSON.stringify({ ...base, version: 2 }), NOW)).toEqual({ ok: false, refusal: 'version' });
    expect(readContents(JSON.stringify({ ...base, provider: 'workday' }), NOW)).toEqual({ ok: false, refusal: 'provider' });
    expect(readContents(JSON.stringify({ ...base, expiresAt: new Date(NOW + 40 * 24 * HOUR).toISOString() }), NOW)).toEqual({
      ok: false,
      refusal: 'damaged',
    });
    expect(readContents(JSON.stringify({ ...base, values: { clientSecret: { value: 'x', host: null } } }), NOW)).toEqual({
      ok: false,
      refusal: 'damaged',
    });
    expect(readContents(JSON.stringify({ ...base, extra: 1 }), NOW)).toEqual({ ok: false, refusal: 'damaged' });
    expect(readContents('not json', NOW)).toEqual({ ok: false, refusal: 'damaged' });
  });

  it('opens with the age package’s own decoder, not only through openEnvelope', async () => {
    const text = await sealEnvelope(contents(), 'one-two-three', FAST);
    const d = new Decrypter();
    d.addPassphrase('one-two-three');
    expect(JSON.parse(await d.decrypt(armor.decode(text), 'text')).values.customerApiKey.value).toBe(`${CANARY}-customerApiKey`);
  });

  // The age command line (Debian's `age`, the Go reference implementation) reads a passphrase only
  // from a terminal: `script` gives it one whose input is our stdin.
  const hasAge = spawnSync('sh', ['-c', 'command -v age && command -v script']).status === 0;
  it.skipIf(!hasAge)('opens with the age command line (the reference implementation)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'handoff-'));
    try {
      writeFileSync(join(dir, 'in.age'), await sealEnvelope(contents(), 'one-two-three', 16));
      execFileSync('script', ['-qec', `age -d -o ${join(dir, 'out.json')} ${join(dir, 'in.age')}`, '/dev/null'], {
        input: 'one-two-three\n',
        timeout: 20_000,
      });
      expect(JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')).provider).toBe('ukg-pro');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  if (!hasAge) it.skip('age command line not installed (apt-get install age): reference interoperability not checked', () => {});
});

describe('hand-off passphrase', () => {
  it('is six EFF words, at least 77 bits, different every time', () => {
    const p = generatePassphrase();
    expect(p.split('-')).toHaveLength(PASSPHRASE_WORDS);
    expect(PASSPHRASE_WORDS * BITS_PER_WORD).toBeGreaterThanOrEqual(77);
    expect(new Set(Array.from({ length: 50 }, () => generatePassphrase())).size).toBe(50);
  });

  it('rolls each die fairly: bytes of 252 and over are drawn again', () => {
    const bytes = [
      255, 252, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30,
    ];
    let i = 0;
    const random = (b: Uint8Array) => ((b[0] = bytes[i++]!), b);
    // 0..4 → dice 1 2 3 4 5 → "12345"; the two high bytes were skipped.
    expect(generatePassphrase(1, random)).toBe('arousal');
  });
});
