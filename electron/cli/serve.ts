import { parseArgs } from 'node:util';
import { join } from 'node:path';
import { isAppError } from '../../shared/domain/errors';
import { openCore } from '../core/core';
import { fileErrorSink } from '../core/log';
import { automaticBackup } from '../core/services/backups';
import { resolveDataDir } from '../core/data-dir';
import { ensureRendererBuilt } from '../core/host/renderer-build';
import { startHost } from '../core/host/server';
import { runCli } from './run';

/** `npm run serve -- [--data-dir DIR] [--port N] [--demo] [--rebuild]`: the app in a browser. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      'data-dir': { type: 'string' },
      port: { type: 'string' },
      demo: { type: 'boolean' },
      rebuild: { type: 'boolean' },
    },
    strict: true,
  });
  const port = values.port === undefined ? 5175 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`error: bad_input: --port must be a number from 0 to 65535\n`);
    process.exitCode = 2;
    return;
  }
  const dataDir = resolveDataDir(values['data-dir']);
  if (values.demo) {
    const code = await runCli(['demo', '--data-dir', dataDir], { out: () => {}, err: (t) => process.stderr.write(t) });
    if (code !== 0) {
      process.exitCode = code;
      return;
    }
  }
  const rendererDir = await ensureRendererBuilt(values.rebuild ?? false);
  const core = openCore(dataDir);
  await automaticBackup(core.ctx);
  const host = await startHost({ core, rendererDir, port, onInternal: fileErrorSink(join(dataDir, 'logs')) });
  process.stdout.write(`${host.url}\n`);
  const stop = (): void => {
    void host.close().then(() => {
      core.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: unknown) => {
  if (isAppError(e)) {
    process.stderr.write(`error: ${e.code}: ${e.message}\n`);
    process.exitCode = 2;
    return;
  }
  const err = e as { code?: string; message?: string };
  process.stderr.write(`error: ${err.code === 'EADDRINUSE' ? 'bad_input: the port is in use; pass --port N' : `internal: ${err.message ?? String(e)}`}\n`);
  process.exitCode = err.code === 'EADDRINUSE' ? 2 : 1;
});
