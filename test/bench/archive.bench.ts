import { statSync } from 'node:fs';
import { join } from 'node:path';
import { openCore } from '../../electron/core/core';
import { DB_FILE } from '../../electron/core/data-dir';
import { dispatch } from '../../electron/core/dispatch';
import { tempDir } from '../helpers/temp-dir';
import { generateArchive, TEN_YEARS } from './archive-generator';
import { report, since, summary } from './stats';

/**
 * The ten-year archive (issue 10): 50,000 listeners and 2,000,000 scores. Times core start,
 * the cohort list, search by name and by IIN, and a listener's history (goal ≤ 50 ms each),
 * beside a bare indexed SELECT as the base; prints the database size.
 */
const t = tempDir('attesta-archive-');
let core = openCore(t.dir);
const genStart = process.hrtime.bigint();
const made = generateArchive(core.ctx.db);
process.stdout.write(`generated ${TEN_YEARS.listeners} listeners, ${made.cohorts} cohorts, ${made.scores} scores in ${(since(genStart) / 1000).toFixed(1)} s\n`);
core.close();

const starts: number[] = [];
for (let i = 0; i < 5; i += 1) {
  const s = process.hrtime.bigint();
  core = openCore(t.dir);
  starts.push(since(s));
  if (i < 4) core.close();
}
const call = async (channel: string, input: unknown) => {
  const e = await dispatch(core.handlers, channel, input);
  if (!e.ok) throw new Error(`${channel}: ${e.error.message}`);
  return e.value as { length?: number };
};
async function time(name: string, run: () => Promise<unknown>, n = 20) {
  const ms: number[] = [];
  for (let i = 0; i < n; i += 1) {
    const s = process.hrtime.bigint();
    await run();
    ms.push(since(s));
  }
  return { name, s: summary(ms) };
}
const bareStmt = core.ctx.db.prepare('SELECT id, full_name FROM listener WHERE iin = ?');
const base = await time('bare indexed SELECT by IIN (base)', async () => bareStmt.get('850314400005'), 200);
report(base.name, base.s);
report('core start on the archive', summary(starts), base.s);
const programme = 1;
for (const r of [
  await time('cohort list (all cohorts of a programme)', () => call('cohort:list', { programmeId: programme })),
  await time('listeners of one cohort', () => call('listener:list', { cohortId: 1234 })),
  await time('search by name part', () => call('listener:search', { query: 'Гүлнәр 4999', limit: 50 })),
  await time('search by IIN prefix', () => call('listener:search', { query: '850314', limit: 50 })),
  await time("a listener's history", () => call('listener:history', { id: 31337 })),
]) {
  report(r.name, r.s, base.s);
  process.stdout.write(`  goal ≤ 50 ms (p95): ${r.s.p95 <= 50 ? 'met' : 'NOT met'}\n`);
}
process.stdout.write(`database size: ${(statSync(join(t.dir, DB_FILE)).size / 1024 / 1024).toFixed(1)} MB\n`);
core.close();
t.remove();
