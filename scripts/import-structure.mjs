#!/usr/bin/env node
// Prints the import structure of the shipped code: folder-to-folder imports, folder loops, imports
// that do not go down a floor (scripts/floors.mjs), and the largest files. `--check`: exit 1 on any
// loop or upward import (npm test runs it). No dependencies; reads imports as text.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { floorOf, folderOf, goesDown, isShippedSource, resolveImport, ROOT } from './floors.mjs';

const ROOTS = ['entrypoints', 'components', 'utils'];
const check = process.argv.includes('--check');

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : isShippedSource(name) ? [path] : [];
  });
}

const files = ROOTS.flatMap((r) => walk(join(ROOT, r)));
const edges = new Map(); // folder -> Map(folder -> [file pairs])
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  for (const m of text.matchAll(/(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)) {
    const target = resolveImport(file, m[1] ?? m[2]);
    if (!target || !files.includes(target)) continue;
    const a = folderOf(file);
    const b = folderOf(target);
    if (a === b) continue;
    if (!edges.has(a)) edges.set(a, new Map());
    const list = edges.get(a).get(b) ?? [];
    list.push(`${relative(ROOT, file)} -> ${relative(ROOT, target)}`);
    edges.get(a).set(b, list);
  }
}

// Folder loops: strongly connected components of more than one folder (Tarjan).
const folders = [...new Set(files.map(folderOf))].sort();
let index = 0;
const idx = new Map(),
  low = new Map(),
  stack = [],
  on = new Set(),
  loops = [];
function strong(v) {
  idx.set(v, index);
  low.set(v, index++);
  stack.push(v);
  on.add(v);
  for (const w of edges.get(v)?.keys() ?? []) {
    if (!idx.has(w)) {
      strong(w);
      low.set(v, Math.min(low.get(v), low.get(w)));
    } else if (on.has(w)) low.set(v, Math.min(low.get(v), idx.get(w)));
  }
  if (low.get(v) === idx.get(v)) {
    const comp = [];
    let w;
    do {
      w = stack.pop();
      on.delete(w);
      comp.push(w);
    } while (w !== v);
    if (comp.length > 1) loops.push(comp.sort());
  }
}
for (const f of folders) if (!idx.has(f)) strong(f);

console.log('Folder imports (folder -> folders it imports):');
for (const f of folders) console.log(`  ${f.padEnd(26)} -> ${[...(edges.get(f)?.keys() ?? [])].sort().join(', ') || '(none)'}`);
console.log(`\nFolder loops: ${loops.length}`);
for (const loop of loops) {
  console.log(`  ${loop.join(' <-> ')}`);
  for (const a of loop) for (const b of loop) for (const e of edges.get(a)?.get(b) ?? []) console.log(`      ${e}`);
}
const upward = [...edges].flatMap(([a, targets]) =>
  [...targets].filter(([b]) => !goesDown(a, b) || floorOf(a) < 0).flatMap(([, list]) => list),
);
console.log(`\nImports that do not go down a floor (or touch a folder on no floor): ${upward.length}`);
for (const e of upward) console.log(`  ${e}`);
const sizes = files.map((f) => [relative(ROOT, f), readFileSync(f, 'utf8').split('\n').length]).sort((x, y) => y[1] - x[1]);
console.log('\nLargest files (lines):');
for (const [f, n] of sizes.slice(0, 8)) console.log(`  ${String(n).padStart(4)}  ${f}`);
if (check && (loops.length || upward.length)) process.exit(1);
