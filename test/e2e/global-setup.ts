import { ensureRendererBuilt } from '../../electron/core/host/renderer-build';

/** Builds the renderer once per run, so no test ever runs against a stale dist/renderer. */
export default async function setup(): Promise<void> {
  const nodeEnv = process.env.NODE_ENV;
  try {
    await ensureRendererBuilt(true);
  } finally {
    // vite.config.ts switches NODE_ENV to production for the build; the test workers keep "test".
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}
