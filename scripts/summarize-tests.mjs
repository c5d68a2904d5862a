// Prints one closing line for all Vitest JSON reports written under test-results/:
// "tests: N passed, M failed" (CI reads it to know tests ran).
import { readdirSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
for (const f of readdirSync('test-results').filter((n) => n.endsWith('.json'))) {
  const r = JSON.parse(readFileSync(`test-results/${f}`, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
}
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
