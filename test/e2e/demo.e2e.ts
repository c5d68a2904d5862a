import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

// `npm run demo` as a newcomer runs it (Chromium, any free port, no root), headless and stopping
// once the guide's launcher is on UKG Pro's home page.
it('npm run demo starts the fixture site and a browser with the extension on UKG Pro’s home page', async () => {
  const { stdout } = await promisify(execFile)(resolve(ROOT, 'node_modules/.bin/tsx'), ['scripts/demo.ts', '--check'], {
    cwd: ROOT,
    timeout: 80_000,
  });
  expect(stdout).toMatch(/^demo ok: Chromium, fixture site on port \d+$/m);
});
