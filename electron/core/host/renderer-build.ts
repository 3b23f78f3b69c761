import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root (where package.json and vite.config.ts live). */
export const PROJECT_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** Where `vite build` puts the renderer. */
export const RENDERER_DIST = join(PROJECT_ROOT, 'dist', 'renderer');

/** Builds the renderer with Vite unless a build is already there (or `force`). */
export async function ensureRendererBuilt(force = false): Promise<string> {
  if (force || !existsSync(join(RENDERER_DIST, 'index.html'))) {
    const { build } = await import('vite');
    await build({ configFile: join(PROJECT_ROOT, 'vite.config.ts'), logLevel: 'warn' });
  }
  return RENDERER_DIST;
}
