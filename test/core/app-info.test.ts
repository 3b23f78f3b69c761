import { afterAll, describe, expect, it } from 'vitest';
import { openCore } from '../../electron/core/core';
import { dispatch } from '../../electron/core/dispatch';
import { automaticBackup } from '../../electron/core/services/backups';
import { APP_VERSION } from '../../electron/core/version';
import { tempDir } from '../helpers/temp-dir';
import pkg from '../../package.json' with { type: 'json' };

const t = tempDir();
afterAll(() => t.remove());

describe('About / diagnostics', () => {
  it('reports the version (as package.json), data folder, schema, database size and the last backup', async () => {
    const core = openCore(t.dir);
    const before = await dispatch(core.handlers, 'app:info', {});
    expect(before.ok && before.value).toMatchObject({ version: pkg.version, dataDir: t.dir, lastBackup: null });
    const backup = await automaticBackup(core.ctx);
    const after = await dispatch(core.handlers, 'app:info', {});
    expect(after.ok && after.value).toMatchObject({ lastBackup: backup.createdAt });
    expect(after.ok && (after.value as { dbBytes: number }).dbBytes).toBeGreaterThan(10_000);
    expect(APP_VERSION).toBe(pkg.version);
    core.close();
  });
});
