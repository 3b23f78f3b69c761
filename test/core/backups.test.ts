import Database from 'better-sqlite3';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Channel } from '../../shared/api/contract';
import { openCore, type Core } from '../../electron/core/core';
import { dispatch } from '../../electron/core/dispatch';
import { automaticBackup } from '../../electron/core/services/backups';
import { tempDir } from '../helpers/temp-dir';

let core: Core;
let dir: string;
let remove: () => void;
let tick = Date.parse('2026-11-25T10:00:00Z');
beforeEach(() => {
  ({ dir, remove } = tempDir());
  core = openCore(dir, { now: () => new Date((tick += 1000)) });
});
afterEach(() => {
  core.close();
  remove();
});

async function call(channel: Channel, input: unknown): Promise<any> {
  const e = await dispatch(core.handlers, channel, input);
  if (!e.ok) throw Object.assign(new Error(`${e.error.code}: ${e.error.message}`), e.error);
  return e.value;
}

const snapshot = () => ({
  listeners: core.ctx.db.prepare('SELECT id, full_name, iin FROM listener ORDER BY id').all(),
  results: core.ctx.db.prepare('SELECT turn_id, total_x100, snapshot_hash FROM defense_result ORDER BY id').all(),
});

describe('backups (online backup API)', () => {
  it('backup → change → restore gives back the same data, and the current data is kept first', async () => {
    const ids = await call('demo:load', {});
    const before = snapshot();
    const backup = await call('backup:now', {});
    expect(backup.counts).toEqual({ programmes: 1, cohorts: 1, listeners: 12, results: 3 });
    await call('listener:add', { cohortId: ids.cohort, fields: { fullName: 'Кейін қосылған' } });
    expect(snapshot().listeners).toHaveLength(13);
    const restored = await call('backup:restore', { file: backup.file });
    expect(restored.keptCurrent.counts.listeners).toBe(13);
    expect(snapshot()).toEqual(before);
    expect(core.ctx.db.pragma('integrity_check', { simple: true })).toBe('ok');
    // the app keeps working on the restored data
    expect((await call('defense:queue', { sessionId: ids.session }))[0].status).toBe('confirmed');
  });

  it('lists backups with a preview, and keeps only the newest automatic ones', async () => {
    for (let i = 0; i < 4; i += 1) await automaticBackup(core.ctx, 2);
    const autos = readdirSync(join(dir, 'backups')).filter((f) => f.startsWith('auto-'));
    expect(autos).toHaveLength(2);
    const list = await call('backup:list', {});
    expect(list.map((b: { name: string }) => b.name)).toEqual([...autos].sort().reverse());
  });

  it('refuses a backup from a newer Attesta and a file that is not a database', async () => {
    const backup = await call('backup:now', {});
    const raw = new Database(backup.file);
    raw.pragma('user_version = 999');
    raw.close();
    expect(await call('backup:restore', { file: backup.file }).catch((e) => e.code)).toBe('db_newer');
    const junk = join(dir, 'junk.sqlite');
    writeFileSync(junk, 'not a database at all');
    expect(await call('backup:preview', { file: junk }).catch((e) => e.code)).toBe('bad_input');
  });
});
