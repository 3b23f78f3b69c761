import { PROJECT_ROOT } from '../../core/host/renderer-build';
import { buildElectronBundles } from './bundles';
import { buildElectronNative, hostTarget } from './native';

/**
 * `npm run build:electron` (bundles) and `npm run build:native` (better-sqlite3 for Electron's
 * ABI on this machine; needs the internet once).
 */
async function main(what: string | undefined): Promise<void> {
  if (what === 'native') {
    const file = await buildElectronNative(PROJECT_ROOT, hostTarget(PROJECT_ROOT), (line) => process.stderr.write(`${line}\n`));
    process.stdout.write(`${file}\n`);
    return;
  }
  if (what !== undefined && what !== 'bundles') throw new Error(`unknown target "${what}" (bundles or native)`);
  for (const file of await buildElectronBundles(PROJECT_ROOT)) process.stdout.write(`${file}\n`);
}

main(process.argv[2]).catch((e: unknown) => {
  process.stderr.write(`error: internal: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
