import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, type BuildOptions } from 'esbuild';
import { CHANNELS } from '../../../shared/api/contract';

/** What `npm run build:electron` writes, relative to the output root (the project by default). */
export const BUNDLES = {
  main: 'dist-electron/main/index.cjs',
  renderWorker: 'dist-electron/main/render-worker.js',
  preload: 'dist-electron/preload/index.cjs',
  beforePack: 'build/hooks/before-pack.mjs',
} as const;

/** Runtime dependencies stay in node_modules (electron-builder ships them; some read files beside their code). */
function runtimeDependencies(projectRoot: string): string[] {
  const pkg: unknown = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8'));
  const deps = typeof pkg === 'object' && pkg !== null && 'dependencies' in pkg ? pkg.dependencies : {};
  return Object.keys(typeof deps === 'object' && deps !== null ? deps : {});
}

/**
 * Bundles the Electron shell with esbuild: main and the sandboxed preload as one CJS file each,
 * the core's document render worker, and electron-builder's beforePack hook. The preload gets the contract's channel names
 * inlined, so it does not carry zod (the whole contract would make it ~440 kB).
 */
export async function buildElectronBundles(projectRoot: string, outRoot: string = projectRoot): Promise<string[]> {
  const common: BuildOptions = {
    absWorkingDir: projectRoot,
    bundle: true,
    format: 'cjs',
    logLevel: 'warning',
    legalComments: 'none',
    logOverride: { 'empty-import-meta': 'error' },
  };
  await Promise.all([
    build({
      ...common,
      entryPoints: ['electron/main/index.ts'],
      outfile: join(outRoot, BUNDLES.main),
      platform: 'node',
      target: 'node20',
      external: ['electron', ...runtimeDependencies(projectRoot)],
      // The core finds files beside itself through import.meta.url (run-render.ts starts
      // ./render-worker.js); in a CJS bundle that is this file's own URL.
      define: { 'import.meta.url': '__attestaImportMetaUrl' },
      banner: { js: '"use strict";\nconst __attestaImportMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
    }),
    build({
      ...common,
      // The document render worker, beside main as run-render.ts expects; ESM because
      // package.json says "type": "module" for .js files.
      entryPoints: ['electron/core/export/render-worker.ts'],
      outfile: join(outRoot, BUNDLES.renderWorker),
      platform: 'node',
      target: 'node20',
      format: 'esm',
      external: runtimeDependencies(projectRoot),
    }),
    build({
      ...common,
      entryPoints: ['electron/preload/index.ts'],
      outfile: join(outRoot, BUNDLES.preload),
      platform: 'browser',
      target: 'chrome130',
      external: ['electron'],
      define: { __ATTESTA_CHANNELS__: JSON.stringify(CHANNELS) },
    }),
    build({
      ...common,
      entryPoints: ['electron/main/bundle/before-pack.ts'],
      outfile: join(outRoot, BUNDLES.beforePack),
      platform: 'node',
      target: 'node20',
      format: 'esm',
      packages: 'external',
    }),
  ]);
  return Object.values(BUNDLES).map((file) => join(outRoot, file));
}
