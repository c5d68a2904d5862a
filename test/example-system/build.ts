import type { Plugin } from 'vite';

/**
 * The example build: the example system joins the two lists of systems exactly as a real one
 * would (one line each in utils/systems/catalog.ts and registry.ts), so everything derived from
 * them — the id union's enum, sites, the sender policy, the protocol's lists, the manifest, the
 * shared scripts' matches — takes it in. Used by the example project of vitest.config.ts and by
 * `npm run build:example` (wxt.config.ts, EXAMPLE_SYSTEM=1). Shipped builds never see it.
 */
const JOINS = [
  {
    file: '/utils/systems/catalog.ts',
    list: 'export const SYSTEM_BASICS = {',
    line: `'acme-hr': acmeBasics,`,
    from: `import { acmeBasics } from '@/test/example-system/basics';`,
  },
  {
    file: '/utils/systems/registry.ts',
    list: 'export const SYSTEMS: { [Id in SystemId]: HrSystem<Id> } = {',
    line: `'acme-hr': acmeHr,`,
    from: `import { acmeHr } from '@/test/example-system';`,
  },
];

/** The files outside its folder the example joins, as a real system's one line each would. */
export const JOINED_FILES = JOINS.map((j) => j.file.slice(1));

/** The example's own messages (en, es, fr), joined to the shipped ones in the example build only. */
export const EXAMPLE_MESSAGES = `${import.meta.dirname}/messages`;

/** The example's content script, as `entrypoints/acme-hr.content.ts` would be. */
export const EXAMPLE_CONTENT_SCRIPT = {
  name: 'acme-hr',
  inputPath: `${import.meta.dirname}/acme-hr.content.ts`,
  type: 'content-script' as const,
};

export function withExampleSystem(): Plugin {
  return {
    name: 'example-system',
    enforce: 'pre',
    transform(code, id) {
      const join = JOINS.find((j) => id.split('?')[0]!.endsWith(j.file));
      if (!join) return null;
      const start = code.indexOf(join.list);
      // Fails loudly rather than building without the example: the list was renamed or reshaped.
      if (start < 0) this.error(`${join.file} no longer has "${join.list}": update test/example-system/build.ts`);
      const end = code.indexOf('\n}', start);
      return { code: `${join.from}\n${code.slice(0, end)}\n  ${join.line}${code.slice(end)}`, map: null };
    },
  };
}
