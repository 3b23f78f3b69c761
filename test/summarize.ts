import { readFileSync } from 'node:fs';

/** Adds up vitest JSON reports and prints the plain closing line CI reads. */
type Report = { numPassedTests: number; numFailedTests: number; numPendingTests?: number; numTodoTests?: number; success: boolean };

const files = process.argv.slice(2).filter((f) => f.endsWith('.json') && !f.includes('*'));
let passed = 0;
let failed = 0;
let skipped = 0;
let isBroken = false;
for (const f of files) {
  try {
    const r = JSON.parse(readFileSync(f, 'utf8')) as Report;
    passed += r.numPassedTests;
    failed += r.numFailedTests;
    skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
    if (!r.success && r.numFailedTests === 0) isBroken = true;
  } catch {
    isBroken = true;
  }
}
if (isBroken || files.length === 0) failed = Math.max(failed, 1);
process.stdout.write(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
process.exitCode = failed > 0 ? 1 : 0;
