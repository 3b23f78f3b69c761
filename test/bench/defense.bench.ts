import Database from 'better-sqlite3';
import { join } from 'node:path';
import { openCore } from '../../electron/core/core';
import { applyPragmas } from '../../electron/core/db/open';
import { dispatch } from '../../electron/core/dispatch';
import { tempDir } from '../helpers/temp-dir';
import { report, since, summary } from './stats';

/**
 * Defense day at scale: 30 listeners × 5 members × 5 criteria. Measures "save one score and
 * refresh the board" in-process (goal: p95 ≤ 5 ms), beside one bare better-sqlite3 WAL commit
 * of the same row as the base.
 */
const t = tempDir('attesta-bench-');
const core = openCore(t.dir);
const call = async (channel: string, input: unknown) => {
  const e = await dispatch(core.handlers, channel, input);
  if (!e.ok) throw new Error(`${channel}: ${e.error.code}: ${e.error.message}`);
  return e.value as never;
};

const programme: { id: number } = await call('programme:create', { title: { kk: 'Б', ru: 'Б', en: 'B' }, hours: 1, designId: 'kz-000-roadmap-defense' });
const cohort: { id: number } = await call('cohort:create', { programmeId: programme.id, name: 'bench' });
for (let i = 0; i < 30; i += 1) await call('listener:add', { cohortId: cohort.id, fields: { fullName: `Тыңдаушы ${i + 1}` } });
const session: { id: number; members: { id: number }[] } = await call('session:create', {
  cohortId: cohort.id,
  heldOn: '2026-11-27',
  members: [{ fullName: 'Chair', role: 'chair' }, ...[1, 2, 3, 4].map((n) => ({ fullName: `M${n}`, role: 'member' }))],
});
const turns: { id: number }[] = await call('defense:queue', { sessionId: session.id });
const versions = new Map<string, number>();
const timings: number[] = [];
for (let round = 0; round < 4; round += 1) {
  for (const turn of turns) {
    for (const m of session.members) {
      const key = `${turn.id}:${m.id}`;
      const scores = [10 + round, 10, 20, 5, 10];
      const start = process.hrtime.bigint();
      const sheet: { version: number } = await call('sheet:save', { turnId: turn.id, memberId: m.id, scores, version: versions.get(key) ?? 0, onBehalf: false });
      await call('board:get', { turnId: turn.id });
      timings.push(since(start));
      versions.set(key, sheet.version);
    }
  }
}

const bare = new Database(join(t.dir, 'bare.sqlite'));
applyPragmas(bare);
bare.exec('CREATE TABLE score (sheet_id INTEGER, criterion INTEGER, points_x100 INTEGER, PRIMARY KEY (sheet_id, criterion)) STRICT');
const upsert = bare.prepare('INSERT INTO score VALUES (?, ?, ?) ON CONFLICT DO UPDATE SET points_x100 = excluded.points_x100');
const baseTimings: number[] = [];
for (let i = 0; i < timings.length; i += 1) {
  const start = process.hrtime.bigint();
  upsert.run(i % 150, 1, 1000 + i);
  baseTimings.push(since(start));
}
const base = summary(baseTimings);
report('bare better-sqlite3 WAL commit (base)', base);
const s = summary(timings);
report('save one score + refresh the board', s, base);
process.stdout.write(`goal p95 ≤ 5 ms: ${s.p95 <= 5 ? 'met' : 'NOT met'}\n`);
bare.close();
core.close();
t.remove();
