// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { readdirSync } from 'node:fs';
import { URL } from 'node:url';
import { folderOf, goesDown, resolveImport } from './scripts/floors.mjs';

/** Sinks that turn data into code or markup. Our code builds DOM nodes and sets text instead. */
const DANGEROUS_SINKS = [
  {
    selector: 'MemberExpression[property.name=/^(innerHTML|outerHTML)$/]',
    message: 'Build nodes and set textContent instead of innerHTML/outerHTML.',
  },
  {
    selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
    message: 'insertAdjacentHTML parses markup; build nodes instead.',
  },
  {
    selector: "CallExpression[callee.object.name='document'][callee.property.name=/^(write|writeln)$/]",
    message: 'document.write is forbidden.',
  },
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'dangerouslySetInnerHTML is forbidden.' },
  { selector: "CallExpression[callee.name=/^(setTimeout|setInterval)$/][arguments.0.type='Literal']", message: 'String timers are eval.' },
];

/**
 * The floors (scripts/floors.mjs, the one list): every import — type-only ones too — goes down a
 * floor or stays in its folder.
 */
const floors = {
  rules: {
    downward: {
      meta: {
        type: 'problem',
        schema: [],
        messages: { up: '{{from}} is on a lower floor than {{to}} (scripts/floors.mjs): import only downwards.' },
      },
      create(context) {
        const from = folderOf(context.filename);
        const check = (node) => {
          const target = from && node.source && resolveImport(context.filename, String(node.source.value));
          const to = target && folderOf(target);
          if (to && !goesDown(from, to)) context.report({ node: node.source, messageId: 'up', data: { from, to } });
        };
        return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
      },
    },
  },
};

/**
 * What the floors do not say: content-side code never pulls in Preact, zod or the full system
 * registry (type-only imports vanish from the bundle, so they may), and one HR system never imports another.
 */
const restrict = (files, groups, message) => ({
  files,
  rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [{ group: groups, message, allowTypeImports: true }] }] },
});
const anywhere = (...folders) => folders.flatMap((f) => [`**/${f}`, `**/${f}/**`]);
const SYSTEMS = readdirSync(new URL('./utils/systems', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);
/** Tests beside the code (`foo.test.ts` next to `foo.ts`) never ship: the layer rules are for shipped code. */
const TESTS = ['**/*.test.ts', '**/*.test.tsx'];
const LAYERS = [
  { files: ['utils/**', 'components/**', 'entrypoints/**'], plugins: { floors }, rules: { 'floors/downward': 'error' } },
  ...SYSTEMS.map((id) =>
    restrict(
      [`utils/systems/${id}/**`],
      SYSTEMS.filter((o) => o !== id).flatMap((o) => [`**/systems/${o}`, `**/systems/${o}/**`]),
      'An HR system never imports another.',
    ),
  ),
  restrict(
    ['utils/page/**', 'entrypoints/*.content.ts'],
    [
      'preact',
      'preact/*',
      'zod',
      'zod/*',
      '**/systems/registry',
      '**/systems/value-checks',
      ...anywhere('background', 'components', 'vault', 'relay'),
    ],
    'Content scripts stay tiny: no Preact, no zod, no full registry, nothing of the background.',
  ),
  restrict(
    ['utils/background/**', 'utils/relay/**', 'utils/vault/**'],
    anywhere('page', 'components'),
    'The background never imports page-side or view code.',
  ),
  restrict(['components/**'], anywhere('background', 'page'), 'Views talk to the background through messages, never by importing it.'),
].map((config) => ({ ...config, ignores: TESTS }));

export default tseslint.config(
  { ignores: ['.output/**', '.output-example/**', '.wxt/**', 'node_modules/**', 'test/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-syntax': ['error', ...DANGEROUS_SINKS],
      'no-console': ['error', { allow: ['info'] }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  ...LAYERS,
  {
    // Small modules with one job: no shipped file over 250 lines, no function over 80 lines of code
    // (comments that say why do not count against it).
    files: ['utils/**', 'components/**', 'entrypoints/**'],
    ignores: TESTS,
    rules: {
      'max-lines': ['error', { max: 250 }],
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    files: ['scripts/**', 'bench/**'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly' } },
    rules: { 'no-console': 'off' },
  },
  {
    // Tests may prepare DOM from markup (happy-dom fixtures); they never run in the extension.
    files: ['test/**', ...TESTS],
    rules: { 'no-restricted-syntax': 'off', 'no-console': 'off' },
  },
);
