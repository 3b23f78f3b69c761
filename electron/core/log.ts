import { appendFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ErrorSink } from './dispatch';

/** A log file rotates past this size; this many older files are kept (attesta.log.1 …). */
export const LOG_MAX_BYTES = 1024 * 1024;
export const LOG_KEEP = 3;

/** Appends a line to `<logsDir>/<name>`, rotating the file when it grows past LOG_MAX_BYTES. */
export function appendLog(logsDir: string, line: string, name = 'attesta.log'): void {
  try {
    mkdirSync(logsDir, { recursive: true });
    const file = join(logsDir, name);
    if (existsSync(file) && statSync(file).size + line.length > LOG_MAX_BYTES) {
      rmSync(`${file}.${LOG_KEEP}`, { force: true });
      for (let i = LOG_KEEP - 1; i >= 1; i -= 1) if (existsSync(`${file}.${i}`)) renameSync(`${file}.${i}`, `${file}.${i + 1}`);
      renameSync(file, `${file}.1`);
    }
    appendFileSync(file, line);
  } catch {
    // The log is a convenience; failing to write it must not fail the call.
  }
}

/** Internal errors go to the rotating log in the data folder (and stderr), never to the user. */
export function fileErrorSink(logsDir: string): ErrorSink {
  return (channel, error) => {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    const line = `${new Date().toISOString()} internal error on ${channel}: ${detail}\n`;
    process.stderr.write(line);
    appendLog(logsDir, line);
  };
}
