import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { automaticBackup } from '../../electron/core/services/backups';
import { tempDir } from '../helpers/temp-dir';
import { harness, type Harness } from './sitting-fixture';

let h: Harness;
let ids: { cohort: number; session: number };
beforeEach(async () => {
  h = harness();
  ids = await h.call('demo:load', {});
});
afterEach(() => h.close());

const PASSWORD = 'құпия-сөз-2026';
const snapshot = () => ({
  listeners: h.core.ctx.db.prepare('SELECT id, full_name, iin FROM listener ORDER BY id').all(),
  results: h.core.ctx.db.prepare('SELECT turn_id, total_x100, snapshot_hash FROM defense_result ORDER BY id').all(),
  answers: h.core.ctx.db.prepare('SELECT examinee_id, item_key, response FROM answer ORDER BY examinee_id, item_key').all(),
});

describe('encrypted backups', () => {
  it('backup with a password → change → restore gives back the same data; the file holds no plain name', async () => {
    const out = tempDir();
    try {
      const before = snapshot();
      const name = (before.listeners[0] as { full_name: string }).full_name;
      const backup = await h.call('backup:now', { folder: out.dir, password: PASSWORD });
      expect(backup).toMatchObject({ isEncrypted: true, counts: { programmes: 1, cohorts: 1, listeners: 12, results: 3 } });
      expect(backup.name.endsWith('.sqlite.enc')).toBe(true);
      expect(readdirSync(out.dir)).toEqual([backup.name]);
      expect(readFileSync(backup.file).includes(Buffer.from(name))).toBe(false);
      expect(readdirSync(join(h.dir, 'backups')).filter((f) => f.includes('staging'))).toEqual([]);

      // without the password the preview tells only size and date; with it, what it holds
      expect(await h.call('backup:preview', { file: backup.file })).toMatchObject({ isEncrypted: true, counts: null, schemaVersion: null });
      expect((await h.call('backup:preview', { file: backup.file, password: PASSWORD })).counts).toEqual(backup.counts);

      await h.call('listener:add', { cohortId: ids.cohort, fields: { fullName: 'Кейін қосылған' } });
      // a wrong or missing password is refused, and nothing is restored
      expect((await h.failure('backup:restore', { file: backup.file, password: 'wrong-password' })).code).toBe('wrong_password');
      expect((await h.failure('backup:preview', { file: backup.file, password: 'wrong-password' })).code).toBe('wrong_password');
      expect((await h.failure('backup:restore', { file: backup.file })).code).toBe('wrong_password');
      expect(snapshot().listeners).toHaveLength(13);

      const restored = await h.call('backup:restore', { file: backup.file, password: PASSWORD });
      expect(restored.keptCurrent.counts?.listeners).toBe(13);
      expect(snapshot()).toEqual(before);
      expect(h.core.ctx.db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect((await h.call('defense:queue', { sessionId: ids.session }))[0]!.status).toBe('confirmed');
    } finally {
      out.remove();
    }
  });

  it('a changed byte in an encrypted backup is refused', async () => {
    const out = tempDir();
    try {
      const backup = await h.call('backup:now', { folder: out.dir, password: PASSWORD });
      const bytes = readFileSync(backup.file);
      bytes.writeUInt8(bytes.readUInt8(bytes.length - 100) ^ 1, bytes.length - 100);
      writeFileSync(backup.file, bytes);
      expect((await h.failure('backup:restore', { file: backup.file, password: PASSWORD })).code).toBe('wrong_password');
      expect(snapshot().listeners).toHaveLength(12);
    } finally {
      out.remove();
    }
  });

  it('automatic backups stay plain unless a password is set in settings', async () => {
    const plain = await automaticBackup(h.core.ctx);
    expect(plain.isEncrypted).toBe(false);
    expect((await h.failure('privacy:set-backup-password', { password: 'short' })).code).toBe('bad_input');
    expect(await h.call('privacy:set-backup-password', { password: PASSWORD })).toEqual({ retentionYears: 5, hasBackupPassword: true });
    h.clock.at += 1000;
    const sealed = await automaticBackup(h.core.ctx);
    expect(sealed).toMatchObject({ isEncrypted: true, counts: { listeners: 12 } });
    const list = await h.call('backup:list', {});
    expect(list.map((b) => [b.name, b.isEncrypted])).toEqual([[sealed.name, true], [plain.name, false]]);
    // the password never leaves the core
    expect(JSON.stringify(await h.call('privacy:settings', {}))).not.toContain(PASSWORD);
    expect(JSON.stringify(await h.call('audit:list', {}))).not.toContain(PASSWORD);
    expect((await h.call('backup:restore', { file: sealed.file, password: PASSWORD })).keptCurrent.isEncrypted).toBe(true);
    await h.call('privacy:set-backup-password', { password: null });
    h.clock.at += 1000;
    expect((await automaticBackup(h.core.ctx)).isEncrypted).toBe(false);
  });
});
