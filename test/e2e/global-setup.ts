import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { PROJECT_ROOT } from '../../electron/core/host/renderer-build';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The renderer this run built, in its own temp folder. */
    rendererDir: string;
  }
}

/**
 * Builds the renderer once per run into a folder of this run's own, so no test runs against a
 * stale build and a second run (or `npm run serve`) rebuilding dist/renderer meanwhile cannot
 * pull files from under a page.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  const rendererDir = mkdtempSync(join(tmpdir(), 'attesta-e2e-renderer-'));
  const nodeEnv = process.env.NODE_ENV;
  try {
    const { build } = await import('vite');
    await build({ configFile: join(PROJECT_ROOT, 'vite.config.ts'), logLevel: 'warn', build: { outDir: rendererDir, emptyOutDir: true } });
  } finally {
    // vite.config.ts switches NODE_ENV to production for the build; the test workers keep "test".
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  project.provide('rendererDir', rendererDir);
  return () => rmSync(rendererDir, { recursive: true, force: true });
}
