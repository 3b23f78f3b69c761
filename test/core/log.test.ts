import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { appendLog, fileErrorSink, LOG_KEEP, LOG_MAX_BYTES } from '../../electron/core/log';
import { tempDir } from '../helpers/temp-dir';

const t = tempDir();
afterEach(() => t.remove());

describe('the rotating log in the data folder', () => {
  it('rotates past 1 MB and keeps only the last files', () => {
    const line = `${'x'.repeat(1023)}\n`;
    for (let i = 0; i < (LOG_MAX_BYTES / 1024) * (LOG_KEEP + 2); i += 1) appendLog(t.dir, line);
    const files = readdirSync(t.dir).sort();
    expect(files).toEqual(['attesta.log', 'attesta.log.1', 'attesta.log.2', 'attesta.log.3']);
    expect(readFileSync(join(t.dir, 'attesta.log.1')).length).toBeLessThanOrEqual(LOG_MAX_BYTES);
  });

  it('writes internal errors with their stack, never throwing', () => {
    const sink = fileErrorSink(join(t.dir, 'logs'));
    const stderr = process.stderr.write;
    process.stderr.write = () => true;
    try {
      sink('grade:compute', new Error('boom'));
    } finally {
      process.stderr.write = stderr;
    }
    expect(readFileSync(join(t.dir, 'logs', 'attesta.log'), 'utf8')).toMatch(/internal error on grade:compute: Error: boom\n\s+at /);
    const notAFolder = join(t.dir, 'logs', 'attesta.log'); // a file where a folder should be
    process.stderr.write = () => true;
    try {
      expect(() => fileErrorSink(notAFolder)('x', 'y')).not.toThrow();
    } finally {
      process.stderr.write = stderr;
    }
    expect(existsSync(join(notAFolder, 'attesta.log'))).toBe(false);
  });
});
