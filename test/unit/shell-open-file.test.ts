import { describe, expect, it } from 'vitest';
import { attestaFileArg, importFileHash } from '../../electron/main/paths';
import { subPathFromHash } from '../../renderer/routes';

describe('opening the desktop app with an .attesta file', () => {
  it('finds the file among the arguments, never an option or the data folder', () => {
    expect(attestaFileArg(['/opt/Attesta/attesta', '/home/a/Жүктеулер/ББ-01.attesta'])).toBe('/home/a/Жүктеулер/ББ-01.attesta');
    expect(attestaFileArg(['C:\\Attesta.exe', '--data-dir', 'D:\\x.attesta', 'C:\\Users\\a\\prog.ATTESTA'])).toBe('C:\\Users\\a\\prog.ATTESTA');
    expect(attestaFileArg(['attesta', '--data-dir=D:\\x.attesta'])).toBeNull();
    expect(attestaFileArg(['attesta', '--open=a.attesta', 'notes.txt'])).toBeNull();
    expect(attestaFileArg([])).toBeNull();
  });

  it('opens the import at an address the renderer reads back to the same path', () => {
    for (const path of ['/home/a/Жүктеулер/ББ 01#2.attesta', 'C:\\Users\\a\\prog%20x.attesta']) {
      const hash = importFileHash(path);
      expect(hash.startsWith('#/programmes/import-file/')).toBe(true);
      expect(subPathFromHash(hash)).toEqual(['import-file', path]);
    }
  });
});
