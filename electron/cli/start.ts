import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { resolveDataDir } from '../core/data-dir';
import { findElectronBinary } from '../core/electron-binary';
import { ensureRendererBuilt, PROJECT_ROOT } from '../core/host/renderer-build';
import { buildElectronBundles } from '../main/bundle/bundles';
import { buildElectronNative, hostTarget } from '../main/bundle/native';
import { runCli } from './run';

/**
 * `npm start -- [--data-dir DIR] [--port N] [--demo] [--rebuild]`: the desktop window when
 * Electron's binary is on this machine, else (one line, then) the same as `npm run serve`.
 */
const OPTIONS = {
  'data-dir': { type: 'string' },
  port: { type: 'string' },
  demo: { type: 'boolean' },
  rebuild: { type: 'boolean' },
} as const;

/**
 * Runs a child with our terminal; resolves with its exit code. Ctrl+C in the terminal reaches
 * the child by itself, so a SIGINT is passed on only if the child is still running a second later
 * (a `kill -INT` aimed at this process alone); SIGTERM and SIGHUP are passed on at once.
 */
function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const child = spawn(command, args, { cwd: PROJECT_ROOT, stdio: 'inherit', env, windowsHide: false });
  const isRunning = (): boolean => child.exitCode === null && child.signalCode === null;
  const forward = (signal: NodeJS.Signals): void => void (isRunning() && child.kill(signal));
  process.on('SIGTERM', forward);
  process.on('SIGHUP', forward);
  process.on('SIGINT', () => void setTimeout(() => forward('SIGINT'), 1000).unref());
  return new Promise((resolve) => {
    child.on('error', (e) => {
      process.stderr.write(`error: internal: cannot start ${command}: ${e.message}\n`);
      resolve(1);
    });
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

function serveInBrowser(note: string, args: string[]): Promise<number> {
  process.stdout.write(`${note}\n`);
  return run(process.execPath, ['--import', 'tsx', join(PROJECT_ROOT, 'electron', 'cli', 'serve.ts'), ...args]);
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  let values: { 'data-dir'?: string; demo?: boolean; rebuild?: boolean };
  try {
    values = parseArgs({ args, options: OPTIONS, strict: true }).values;
  } catch (e) {
    process.stderr.write(`error: bad_input: ${(e instanceof Error ? e.message : String(e)).split('\n')[0]}\n`);
    return 2;
  }
  const electron = await findElectronBinary(PROJECT_ROOT, process.env);
  if (!electron.found) {
    return serveInBrowser('Electron is not installed on this machine; opening Attesta in your browser instead:', args);
  }
  try {
    await buildElectronNative(PROJECT_ROOT, hostTarget(PROJECT_ROOT), (line) => process.stderr.write(`${line}\n`));
  } catch {
    return serveInBrowser(
      'Electron is here but better-sqlite3 could not be built for it (npm run build:native needs the internet once); opening Attesta in your browser instead:',
      args,
    );
  }
  const dataDir = resolveDataDir(values['data-dir']);
  if (values.demo) {
    const code = await runCli(['demo', '--data-dir', dataDir], { out: () => {}, err: (t) => process.stderr.write(t) });
    if (code !== 0) return code;
  }
  await ensureRendererBuilt(values.rebuild ?? false);
  await buildElectronBundles(PROJECT_ROOT);
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  return run(electron.binary, [PROJECT_ROOT, ...(values['data-dir'] ? ['--data-dir', dataDir] : [])], env);
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`error: internal: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  },
);
