import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { openCore } from '../../electron/core/core';
import { dispatch } from '../../electron/core/dispatch';
import { defenseSnapshot } from '../../electron/core/services/documents/defense-snapshot';
import { snapshotHash } from '../../electron/core/export/snapshot-hash';
import { exportProgrammeFile, importProgrammeFile } from '../../electron/core/services/transfer/programme-file';
import { tempDir } from '../helpers/temp-dir';

const a = tempDir();
const b = tempDir();
const c = tempDir();
afterAll(() => [a, b, c].forEach((t) => t.remove()));
const now = new Date('2026-11-28T10:00:00Z');
const hashOf = (core: ReturnType<typeof openCore>, session: number) => snapshotHash(JSON.parse(JSON.stringify(defenseSnapshot(core.ctx.db, session)))).full;

describe('the .attesta programme file', () => {
  it('moves a whole programme to an empty data folder: the same protocol snapshot, locked results and hashes', async () => {
    const source = openCore(a.dir);
    const e = await dispatch(source.handlers, 'demo:load', {});
    const ids = (e.ok ? e.value : null) as { programme: number; session: number };
    const bytes = await exportProgrammeFile(source.ctx.db, ids.programme, { now });
    const zip = await JSZip.loadAsync(bytes);
    expect(JSON.parse(await zip.file('manifest.json')!.async('string'))).toMatchObject({ format: 1, createdAt: now.toISOString() });
    const target = openCore(b.dir);
    const imported = await importProgrammeFile(target.ctx.db, bytes, { now });
    expect(imported.rows).toMatchObject({ listener: 12, defense_result: 3, commission_member: 6 });
    expect(hashOf(target, ids.session)).toBe(hashOf(source, ids.session));
    const results = (db: ReturnType<typeof openCore>) => db.ctx.db.prepare('SELECT turn_id, total_x100, snapshot_hash FROM defense_result ORDER BY id').all();
    expect(results(target)).toEqual(results(source));
    expect(() => target.ctx.db.prepare('UPDATE defense_result SET total_x100 = 1').run()).toThrow(/locked/);
    // importing the same programme again is refused and writes nothing
    await expect(importProgrammeFile(target.ctx.db, bytes, { now })).rejects.toMatchObject({ code: 'duplicate' });
    expect(target.ctx.db.prepare('SELECT count(*) AS n FROM listener').get()).toEqual({ n: 12 });
    source.close();
    target.close();
  });

  it('with a password: authenticated encryption; a wrong password or a changed byte is refused; a newer format is refused', async () => {
    const source = openCore(c.dir);
    const e = await dispatch(source.handlers, 'demo:load', {});
    const ids = (e.ok ? e.value : null) as { programme: number };
    const sealed = await exportProgrammeFile(source.ctx.db, ids.programme, { now, password: 'құпия-сөз-2026' });
    expect(sealed.includes(Buffer.from('Әлиева'))).toBe(false);
    source.close();
    const t = tempDir();
    const target = openCore(t.dir);
    await expect(importProgrammeFile(target.ctx.db, sealed, { now })).rejects.toMatchObject({ code: 'wrong_password' });
    await expect(importProgrammeFile(target.ctx.db, sealed, { now, password: 'wrong-password' })).rejects.toMatchObject({ code: 'wrong_password' });
    const tampered = Buffer.from(sealed);
    tampered.writeUInt8(tampered.readUInt8(tampered.length - 10) ^ 1, tampered.length - 10);
    await expect(importProgrammeFile(target.ctx.db, tampered, { now, password: 'құпия-сөз-2026' })).rejects.toMatchObject({ code: 'wrong_password' });
    expect(target.ctx.db.prepare('SELECT count(*) AS n FROM listener').get()).toEqual({ n: 0 });
    expect((await importProgrammeFile(target.ctx.db, sealed, { now, password: 'құпия-сөз-2026' })).rows.listener).toBe(12);
    const newer = new JSZip();
    newer.file('manifest.json', JSON.stringify({ format: 2, app: 'Attesta 9', createdAt: now.toISOString() }));
    await expect(importProgrammeFile(target.ctx.db, await newer.generateAsync({ type: 'nodebuffer' }), { now })).rejects.toMatchObject({ code: 'db_newer' });
    await expect(importProgrammeFile(target.ctx.db, Buffer.from('not a zip'), { now })).rejects.toMatchObject({ code: 'bad_input' });
    target.close();
    t.remove();
  });
});
