// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { readdirSync } from 'node:fs';
import { URL } from 'node:url';

/** Sinks that turn data into code or markup. Our code builds DOM nodes and sets text instead. */
const DANGEROUS_SINKS = [
  { selector: "MemberExpression[property.name=/^(innerHTML|outerHTML)$/]", message: 'Build nodes and set textContent instead of innerHTML/outerHTML.' },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'insertAdjacentHTML parses markup; build nodes instead.' },
  { selector: "CallExpression[callee.object.name='document'][callee.property.name=/^(write|writeln)$/]", message: 'document.write is forbidden.' },
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'dangerouslySetInnerHTML is forbidden.' },
  { selector: "CallExpression[callee.name=/^(setTimeout|setInterval)$/][arguments.0.type='Literal']", message: 'String timers are eval.' },
];

/**
 * Layers (docs/architecture.md): lower floors never import higher ones, content-side code never
 * pulls in Preact, zod or the full system registry, and one HR system never imports another.
 * Type-only imports are allowed: they vanish from the bundle.
 */
const restrict = (files, groups, message) => ({
  files,
  rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [{ group: groups, message, allowTypeImports: true }] }] },
});
const anywhere = (...folders) => folders.flatMap((f) => [`**/${f}`, `**/${f}/**`]);
const SYSTEMS = readdirSync(new URL('./utils/systems', import.meta.url), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
const LAYERS = [
  restrict(
    ['utils/contracts/**', 'utils/i18n/**', 'utils/dom/**', 'utils/crypto/**', 'utils/checks/**', 'utils/outline/**'],
    anywhere('systems', 'guides', 'protocol', 'relay', 'vault', 'settings', 'together', 'background', 'page', 'components'),
    'A floor of shared helpers and contracts: it imports nothing above it.',
  ),
  ...SYSTEMS.map((id) =>
    restrict(
      [`utils/systems/${id}/**`],
      [...SYSTEMS.filter((o) => o !== id).flatMap((o) => [`**/systems/${o}`, `**/systems/${o}/**`]), ...anywhere('guides', 'protocol', 'relay', 'vault', 'settings', 'background', 'page', 'components'), '**/systems/registry', '**/systems/catalog'],
      'An HR system knows only the shared floor (contracts, dom, checks, i18n), never another system or a higher layer.',
    ),
  ),
  restrict(
    ['utils/page/**', 'entrypoints/*.content.ts'],
    ['preact', 'preact/*', 'zod', 'zod/*', '**/systems/registry', '**/systems/value-checks', ...anywhere('background', 'components', 'vault', 'relay')],
    'Content scripts stay tiny: no Preact, no zod, no full registry, nothing of the background.',
  ),
  restrict(['utils/background/**', 'utils/relay/**', 'utils/vault/**'], anywhere('page', 'components'), 'The background never imports page-side or view code.'),
  restrict(['components/**'], anywhere('background', 'page'), 'Views talk to the background through messages, never by importing it.'),
];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'test/fixtures/**'] },
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
    files: ['scripts/**', 'bench/**'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly' } },
    rules: { 'no-console': 'off' },
  },
  {
    // Tests may prepare DOM from markup (happy-dom fixtures); they never run in the extension.
    files: ['test/**'],
    rules: { 'no-restricted-syntax': 'off', 'no-console': 'off' },
  },
);
