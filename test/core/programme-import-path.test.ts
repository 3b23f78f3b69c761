import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../electron/core/core';
import { dispatch } from '../../electron/core/dispatch';
import { tempDir } from '../helpers/temp-dir';
import { useTestCore } from '../helpers/test-core';

const tc = useTestCore();

describe('programme:import-path (the desktop app opened with an .attesta file)', () => {
  it('imports a sealed file from its path; a missing file or a folder is not_found, a wrong password wrong_password', async () => {
    const source = tempDir();
    const from = openCore(source.dir);
    try {
      const ids = (await dispatch(from.handlers, 'demo:load', {})) as { ok: true; value: { programme: number } };
      const file = (await dispatch(from.handlers, 'programme:export-file', { id: ids.value.programme, password: 'Құпия-2026' })) as { ok: true; value: { base64: string } };
      const path = join(source.dir, 'Жүктеулер', 'ББ-01.attesta');
      mkdirSync(join(source.dir, 'Жүктеулер'));
      writeFileSync(path, Buffer.from(file.value.base64, 'base64'));
      expect(await tc.failure('programme:import-path', { file: join(source.dir, 'жоқ.attesta') })).toMatchObject({ code: 'not_found', field: 'file' });
      expect(await tc.failure('programme:import-path', { file: join(source.dir, 'Жүктеулер') })).toMatchObject({ code: 'not_found' });
      expect((await tc.failure('programme:import-path', { file: path, password: 'қате-құпиясөз' })).code).toBe('wrong_password');
      expect(await tc.call('programme:list', {})).toEqual([]);
      const imported = await tc.call('programme:import-path', { file: path, password: 'Құпия-2026' });
      expect(imported.rows.listener).toBe(12);
      expect((await tc.call('programme:get', { id: imported.programme })).designId).toBe('kz-000-roadmap-defense');
    } finally {
      from.close();
      source.remove();
    }
  });
});
