import { statSync } from 'node:fs';
import { join } from 'node:path';
import { openCore } from '../../electron/core/core';
import { DB_FILE } from '../../electron/core/data-dir';
import { dispatch } from '../../electron/core/dispatch';
import { backupTo } from '../../electron/core/services/backups';
import { tempDir } from '../helpers/temp-dir';
import { generateArchive, TEN_YEARS } from './archive-generator';
import { report, since, summary } from './stats';

/**
 * The ten-year archive (issue 10): 50,000 listeners and 2,000,000 scores. Times core start,
 * the cohort list, search by name and by IIN, and a listener's history (goal ≤ 50 ms each),
 * beside a bare indexed SELECT as the base; the due-for-erasure list, one erasure, and a backup
 * plain and sealed with a password (beside the plain one); prints the database size.
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
// personal data at scale: the due list (5-year retention over ten years of cohorts), one erasure, backups plain and sealed
const due = await time('listeners due for erasure (privacy:due)', () => call('privacy:due', {}), 5);
report(due.name, due.s, base.s);
process.stdout.write(`  due: ${((await call('privacy:due', {})) as { listeners: unknown[] }).listeners.length} listeners\n`);
let next = 40_000;
const erase = await time('erase one listener (privacy:erase-listener)', () => call('privacy:erase-listener', { id: (next += 1), reason: 'bench', confirm: true }));
report(erase.name, erase.s, base.s);
const dueIds = ((await call('privacy:due', {})) as { listeners: { id: number }[] }).listeners.slice(0, 2000).map((l) => l.id);
const eraseDue = await time('erase-due, 2,000 listeners in slices of 200', () => call('privacy:erase-due', { ids: dueIds, reason: 'bench', confirm: true }), 1);
report(eraseDue.name, eraseDue.s, base.s);
const out = tempDir('attesta-archive-backup-');
const plain = await time('backup, plain (SQLite online backup)', () => backupTo(core.ctx, out.dir, `plain-${next++}`), 2);
report(plain.name, plain.s);
const sealed = await time('backup, sealed with a password (AES-256-GCM)', () => backupTo(core.ctx, out.dir, `sealed-${next++}`, 'bench-password'), 2);
report(sealed.name, sealed.s, plain.s);
out.remove();
process.stdout.write(`database size: ${(statSync(join(t.dir, DB_FILE)).size / 1024 / 1024).toFixed(1)} MB\n`);
core.close();
t.remove();
