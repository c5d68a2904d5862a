import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMON_CHECK_FIELDS, COMMON_EVENTS } from '@/utils/contracts/behaviour';
import { detectPage, type PageDef } from '@/utils/contracts/page';
import type { HrSystem } from '@/utils/contracts/system';
import { VALUE_NAMES } from '@/utils/contracts/values';
import { SYSTEM_BASICS, SYSTEM_IDS } from '@/utils/systems/catalog';
import { systemList } from '@/utils/systems/registry';
import { isShippedSource } from '@/scripts/floors.mjs';
import { acmeHr } from '@/test/example-system';
import { EXAMPLES as ACME_EXAMPLES } from '@/test/example-system/examples';
import { SYSTEM_EXAMPLES } from '@/test/support/examples';
import type { SystemExamples } from '@/utils/contracts/site';
import { htmlDocument } from '@/test/support/factories';
import { joinedMessages, systemMessageDirs } from '@/scripts/locales';
import { EXAMPLE_MESSAGES } from '@/test/example-system/build';

/**
 * The layout keeps itself: every HR system is complete (site examples, a fixture for every page,
 * guide steps on real pages and anchors), and no code outside a system's own places names it.
 * The test-only example system (test/example-system/) is held to the same rules: it was added
 * without editing anything outside its folder.
 */
const ROOT = resolve(import.meta.dirname, '../..');

/** Each system's page list, as its pages.ts exports it (`PAGES`); the example is registered here. */
const pageModules = import.meta.glob<{ PAGES?: readonly PageDef[] }>(['/utils/systems/*/pages.ts', '/test/example-system/pages.ts'], {
  eager: true,
});
const SYSTEMS_UNDER_TEST: { system: HrSystem; folder: string; fixtures: string; examples: SystemExamples | undefined }[] = [
  ...systemList().map((system) => ({
    system,
    folder: `utils/systems/${system.id}`,
    fixtures: fixtureDirOf(system.id),
    examples: SYSTEM_EXAMPLES[system.id],
  })),
  { system: acmeHr, folder: 'test/example-system', fixtures: 'test/example-system/fixtures', examples: ACME_EXAMPLES },
];

/** A system's fixture pages are in its own folder. */
function fixtureDirOf(id: string): string {
  return `utils/systems/${id}/fixtures`;
}

function pagesOf(folder: string): readonly PageDef[] {
  const entry = Object.entries(pageModules).find(([path]) => join(ROOT, path).startsWith(join(ROOT, folder) + '/'));
  return entry?.[1].PAGES ?? [];
}

interface FixtureEntry {
  file: string;
  unhide?: string;
  route?: string;
  /** How detection is proven: here (default), only as the site's catch-all, or in the browser suites (SPA routes). */
  check?: 'catch-all' | 'e2e';
}

describe.each(SYSTEMS_UNDER_TEST)('HR system $system.id', ({ system, folder, fixtures, examples }) => {
  const pages = pagesOf(folder);
  const pageIds = new Set(pages.map((p) => p.id));

  it('has every part: site with examples, pages ending in a catch-all, guide, Together form', () => {
    expect(system.site.id).toBe(system.id);
    expect(system.guide.id).toBe(system.id);
    expect(system.guide.site).toBe(system.id);
    expect(examples, `${folder}/examples.ts exports EXAMPLES`).toBeDefined();
    expect(examples!.urls.match.length).toBeGreaterThan(0);
    expect(examples!.urls.noMatch.length).toBeGreaterThan(0);
    for (const url of examples!.urls.match) expect(system.site.isSiteUrl(new URL(url)), url).toBe(true);
    for (const url of examples!.urls.noMatch) expect(system.site.isSiteUrl(new URL(url)), url).toBe(false);
    expect(pages.length, `${folder}/pages.ts exports PAGES`).toBeGreaterThan(1);
    expect(pages.at(-1)!.id.endsWith('-other'), 'the last page is the catch-all').toBe(true);
    expect(system.together.name.trim()).not.toBe('');
    expect(Object.keys(system.together.fields).length).toBeGreaterThan(0);
    for (const name of Object.keys(system.together.fields)) expect(VALUE_NAMES).toContain(name);
    expect(examples!.vendorWords.length).toBeGreaterThan(0);
  });

  it('guides only through its own pages and their anchors', () => {
    const anchorsOf = (id: string) => Object.keys(pages.find((p) => p.id === id)?.anchors ?? {});
    for (const step of system.guide.steps) {
      if (step.page !== 'together') expect(pageIds, `step ${step.id}`).toContain(step.page);
      if (step.highlight) expect(anchorsOf(step.page), `step ${step.id} highlight`).toContain(step.highlight);
      if (step.via) {
        expect(pageIds).toContain(step.via.page);
        if (step.via.highlight) expect(anchorsOf(step.via.page)).toContain(step.via.highlight);
      }
      if ('visited' in step.done) for (const id of step.done.visited) expect(pageIds).toContain(id);
    }
    // Every value the guide waits to capture is one a page offers and Together's form takes.
    const offered = new Set(pages.flatMap((p) => Object.keys(p.captures ?? {})));
    for (const step of system.guide.steps)
      if ('captured' in step.done)
        for (const v of step.done.captured) expect(offered.has(v) || v === 'password' || v === 'username', v).toBe(true);
  });

  // What a system does is declared in its behaviour.ts; each omission below would otherwise fail silently.
  describe('declares what its pages do', () => {
    const { behaviour } = system;
    const events = new Set<string>([
      ...COMMON_EVENTS,
      ...behaviour.checkEvents.map((e) => e.event),
      ...behaviour.saveEvents,
      ...(behaviour.fillEvent ? [behaviour.fillEvent] : []),
    ]);
    const fields = new Set<string>([...COMMON_CHECK_FIELDS, ...behaviour.checkFields]);

    it('every step’s event is one its checks, Save, page fill or Together raise (else the step never completes)', () => {
      for (const step of system.guide.steps) if ('event' in step.done) expect(events, `step ${step.id}`).toContain(step.done.event);
    });

    it('every field a check event needs, or shown in the guide only, is a declared check field', () => {
      for (const e of behaviour.checkEvents) for (const f of [...e.required, ...(e.optional ?? [])]) expect(fields, e.event).toContain(f);
      for (const f of behaviour.guideOnlyChecks) expect(fields, 'guide-only').toContain(f);
    });

    it('says for every value it captures, fills, waits for or relays whether it is secret (else it would be masked)', () => {
      const used = new Set([
        ...pages.flatMap((p) => [...Object.keys(p.captures ?? {}), ...Object.keys(p.fill ?? {})]),
        ...Object.keys(system.together.fields),
        ...system.guide.steps.flatMap((s) => ('captured' in s.done ? s.done.captured : [])),
      ]);
      for (const name of used) expect(typeof behaviour.values[name as keyof typeof behaviour.values]?.secret, name).toBe('boolean');
    });

    it('labels every fix with a message, and its forms offer only declared fixes', () => {
      const en = joinedMessages('en', systemMessageDirs([EXAMPLE_MESSAGES]));
      for (const [fix, label] of Object.entries(behaviour.fixes)) expect(Object.keys(en), `label of fix ${fix}`).toContain(label);
      const formsWithFixes = pages.filter((p) => p.form?.fix);
      if (Object.keys(behaviour.fixes).length > 0) expect(formsWithFixes.length, 'a form that makes its fixes').toBeGreaterThan(0);
    });

    it('reports, on its fixtures, only declared check fields, fixes and Save events', () => {
      const manifest = JSON.parse(readFileSync(join(ROOT, fixtures, 'pages.json'), 'utf8')) as { pages: Record<string, FixtureEntry[]> };
      for (const page of pages.filter((p) => p.form))
        for (const entry of (manifest.pages[page.id] ?? []).filter((e) => !e.check)) {
          const doc = htmlDocument(readFileSync(join(ROOT, fixtures, entry.file), 'utf8'));
          const checks = page.form!.check(doc);
          for (const c of checks) expect(fields, `${entry.file}: check field`).toContain(c.field);
          for (const fix of page.form!.fixes?.(checks) ?? []) expect(Object.keys(behaviour.fixes), `${entry.file}: fix`).toContain(fix);
          for (const e of page.form!.read?.(doc)?.events ?? []) expect(behaviour.saveEvents, `${entry.file}: Save event`).toContain(e);
        }
    });

    it('says how deep its pages sit in frames', () => {
      expect(Number.isInteger(behaviour.frameDepth) && behaviour.frameDepth >= 0).toBe(true);
    });
  });

  it('has a fixture for every page, and the fixtures are recognised as that page', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, fixtures, 'pages.json'), 'utf8')) as {
      system: string;
      pages: Record<string, FixtureEntry[]>;
    };
    expect(manifest.system).toBe(system.id);
    for (const page of pages) {
      const entries = manifest.pages[page.id] ?? [];
      expect(entries.length, `a fixture for ${page.id}`).toBeGreaterThan(0);
      for (const entry of entries) {
        expect(existsSync(join(ROOT, fixtures, entry.file)), entry.file).toBe(true);
        if (entry.check) continue;
        const doc = htmlDocument(readFileSync(join(ROOT, fixtures, entry.file), 'utf8'));
        if (entry.unhide) (doc.getElementById(entry.unhide) as HTMLElement).hidden = false;
        expect(detectPage(pages, [doc])?.page.id, `${entry.file} ${entry.unhide ?? ''}`).toBe(page.id);
      }
    }
  });
});

describe('the registry', () => {
  it('lists the catalog’s systems, each once, and no value is checked by two systems', () => {
    expect(systemList().map((s) => s.id)).toEqual(SYSTEM_IDS);
    // The example system joins the lists only in the example build (test/example-system/build.ts).
    expect(SYSTEM_IDS).not.toContain('acme-hr');
    expect(Object.keys(SYSTEM_BASICS)).toEqual(SYSTEM_IDS);
    const checked = systemList().flatMap((s) => Object.keys(s.checks));
    expect(new Set(checked).size).toBe(checked.length);
  });
});

// ---- The fence: generic code names no system ----

/** Identifiers that carry a vendor's word but are public contracts, so they keep their names. */
const CONTRACT_NAMES: Record<string, string> = {
  vantagepointOrigins: 'the organisation policy key (managed_schema.json, policies.json): renaming breaks deployed policies',
  vantagepointUrl: 'a value name: element ids (#paste-vantagepointUrl) and stored progress use it',
  value_vantagepoint_url: 'that value’s message key',
};

const SHIPPED = ['utils', 'components', 'entrypoints'];
function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : isShippedSource(name) ? [path] : [];
  });
}
const shippedFiles = [...SHIPPED.flatMap((d) => walk(join(ROOT, d))), join(ROOT, 'wxt.config.ts')].map((f) => relative(ROOT, f));

/** Code without comments (comments may say why, citing a vendor's page) and without the contract names. */
function code(file: string): string {
  let text = readFileSync(join(ROOT, file), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"\\])\/\/.*$/gm, '$1');
  for (const name of Object.keys(CONTRACT_NAMES)) text = text.replaceAll(name, '');
  return text;
}

/** Where a system may be named: its folder, its content scripts, and the two lists of systems. */
const mayName = (file: string, id: string, folder: string) =>
  file.startsWith(`${folder}/`) ||
  new RegExp(`^entrypoints/${id}[\\w-]*\\.content\\.tsx?$`).test(file) ||
  file === 'utils/systems/catalog.ts' ||
  file === 'utils/systems/registry.ts';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe.each(SYSTEMS_UNDER_TEST)('the fence around $system.id', ({ system, folder, examples }) => {
  const hosts = system.site.matches.map((m) => m.replace(/^\w+:\/\/(\*\.)?([^/]+)\/.*$/, '$2'));
  const words = [system.id, ...hosts, ...(examples?.vendorWords ?? [])];
  const pattern = new RegExp(words.map((w) => `(?<![\\w-])${escape(w)}`).join('|'), 'i');

  it('no shipped code outside its own places names it, its hosts or its vendor', () => {
    const offenders = shippedFiles
      .filter((f) => !mayName(f, system.id, folder))
      .flatMap((f) =>
        code(f)
          .split('\n')
          .flatMap((line, i) => (pattern.test(line) ? [`${f}:${i + 1}: ${line.trim()}`] : [])),
      );
    expect(offenders).toEqual([]);
  });
});

// ---- The fence: generic code names no system's own concepts ----

/**
 * Concepts that were one system's and now are declared by it (issue 29): the web user's own key
 * (a system's `decoys`), the rights in its record (`RecordFacts.facts`). Generic code reaches them
 * only through the contract; the one exception reads records stored before the contract existed.
 */
const SYSTEM_CONCEPTS = /webUser|web-user|web_user|viewOnly|isWebUserKey/;
const STORED_BEFORE = new Set(['utils/guides/setup-record.ts']);

describe('the fence around systems’ own concepts', () => {
  it('no generic shipped code names one', () => {
    const generic = shippedFiles.filter(
      (f) => !/^utils\/systems\/[^/]+\//.test(f) && !/^entrypoints\/[\w-]+\.content\.tsx?$/.test(f) && !STORED_BEFORE.has(f),
    );
    const offenders = generic.flatMap((f) =>
      code(f)
        .split('\n')
        .flatMap((line, i) => (SYSTEM_CONCEPTS.test(line) ? [`${f}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(offenders).toEqual([]);
  });
});
