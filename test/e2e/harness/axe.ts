import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { TestFrame } from './browsers';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's WCAG 2.x A/AA rules on one of our views; returns "rule: target" per violation. */
export async function violations(frame: TestFrame): Promise<string[]> {
  // Test-only: axe-core's source evaluated in our page through the debugging protocol (a script
  // tag would be refused by the extension's CSP, as it should be).
  // eslint-disable-next-line no-eval
  await frame.evaluate((src) => void (0, eval)(src), AXE);
  return frame.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: { run(ctx: Document, o: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
      }
    ).axe;
    const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return r.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
  });
}
