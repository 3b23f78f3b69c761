import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ErrorSink } from '../core/dispatch';

/** Internal errors go to `<logs>/main.log` (and stderr), never to the renderer. */
export function fileErrorSink(logsDir: string): ErrorSink {
  const file = join(logsDir, 'main.log');
  return (channel, error) => {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    const line = `${new Date().toISOString()} internal error on ${channel}: ${detail}\n`;
    process.stderr.write(line);
    try {
      mkdirSync(logsDir, { recursive: true });
      appendFileSync(file, line);
    } catch {
      // The log is a convenience; failing to write it must not fail the call.
    }
  };
}
