import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const OUTPUT = resolve(import.meta.dirname, '../../.output');

function scripts(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? scripts(join(dir, e.name)) : e.name.endsWith('.js') ? [join(dir, e.name)] : [],
  );
}

/** Code sinks and remote code that no built file may contain. */
const FORBIDDEN: [string, RegExp][] = [
  ['eval', /\beval\s*\(/],
  ['new Function', /\bnew\s+Function\s*\(/],
  ['string timer', /\bset(?:Timeout|Interval)\s*\(\s*["'`]/],
  ['document.write', /\bdocument\.write(?:ln)?\s*\(/],
  ['insertAdjacentHTML', /\binsertAdjacentHTML\b/],
  ['remote script', /(?:src\s*=\s*["'`]?|import\s*\(\s*["'`]|importScripts\s*\(\s*["'`])https?:\/\//],
];

/**
 * Reviewed exceptions: Preact's renderer sets innerHTML only for `dangerouslySetInnerHTML`, which our
 * lint forbids; it ships in the extension pages' shared chunk, never in a content script.
 */
const INNER_HTML_ALLOWED = /^chunks\/style-[\w-]+\.js$/;

for (const target of ['chrome-mv3', 'firefox-mv3']) {
  describe(`built bundles (${target})`, () => {
    const root = join(OUTPUT, target);
    const files = scripts(root);

    it('exist', () => expect(files.length).toBeGreaterThan(4));

    for (const file of files) {
      const name = relative(root, file);
      it(`${name} has no eval, Function, string timers, HTML-writing sinks or remote scripts`, () => {
        const code = readFileSync(file, 'utf8');
        for (const [what, pattern] of FORBIDDEN) expect(pattern.test(code), what).toBe(false);
        if (!INNER_HTML_ALLOWED.test(name)) expect(/\.(?:inner|outer)HTML\s*=/.test(code), 'innerHTML/outerHTML assignment').toBe(false);
      });
    }

    it('content scripts carry neither Preact nor full zod', () => {
      for (const file of files.filter((f) => f.includes('content-scripts'))) {
        const code = readFileSync(file, 'utf8');
        expect(code).not.toMatch(/__preactattr_|preact/i);
        expect(code).not.toMatch(/ZodError|_zod/);
      }
    });
  });
}
