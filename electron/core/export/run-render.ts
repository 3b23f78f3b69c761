import { createRequire } from 'node:module';
import { rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { partialPath } from './render-file';
import { isWorkerMessage, type VariantsWorkerJob, type WorkerJob } from './render-messages';
import type { ProgressFn, RenderErrorCode, RenderFormat, RenderJob, RenderOutcome } from './render-types';

/** Options of a render in a worker thread. */
export interface RunRenderOptions {
  readonly onProgress?: ProgressFn;
  /** Aborting terminates the worker at once and removes the half-written file. */
  readonly signal?: AbortSignal;
  /** The worker's old-generation heap limit (1024 MB by default); a tighter one makes V8 collect sooner, keeping a long streamed run flat. */
  readonly maxHeapMb?: number;
}

/** tsx's ESM API module, as a file URL (from tsx's own exports map, so the cwd does not matter). */
function tsxEsmApi(from: string): string {
  const require = createRequire(from);
  const pkgPath = require.resolve('tsx/package.json');
  const pkg: unknown = require('tsx/package.json');
  const entry = (pkg as { exports?: Record<string, { import?: { default?: string } }> }).exports?.['./esm/api']?.import?.default;
  if (!entry) throw new Error('tsx has no ./esm/api export');
  return pathToFileURL(join(dirname(pkgPath), entry)).href;
}

/**
 * How to start the worker. A built app ships render-worker.js beside this file. Run from
 * TypeScript (tsx, vitest), the worker is render-worker.ts and the new thread needs tsx's
 * hooks first. On Node 20 `execArgv: ['--import', 'tsx']` does NOT work for a worker (the entry
 * fails with "Unknown file extension .ts"); registering tsx's ESM API inside the thread and
 * then importing the entry does.
 */
function startWorker(workerData: WorkerJob | VariantsWorkerJob, maxHeapMb = 1024): Worker {
  const options = { workerData, resourceLimits: { maxOldGenerationSizeMb: maxHeapMb } };
  const here = import.meta.url;
  if (!/\.[cm]?ts$/.test(new URL(here).pathname)) return new Worker(new URL('./render-worker.js', here), options);
  const entry = new URL('./render-worker.ts', here).href;
  const boot = `import(${JSON.stringify(tsxEsmApi(here))}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(boot, { ...options, eval: true });
}

/**
 * Renders a document in a worker thread so the main thread (live scoring, the HTTP host)
 * never waits. Progress arrives through `onProgress`; the promise never rejects: failures,
 * cancellation and a dying worker come back as `{ ok: false, error }`. The file appears under
 * its final name only when complete.
 */
export function runRender(job: RenderJob, options: RunRenderOptions = {}): Promise<RenderOutcome> {
  const toWorker = (path: string): WorkerJob => ({ model: job.model, format: job.format, path, ...(job.fontDir ? { fontDir: job.fontDir } : {}) });
  return runWorkerJob(toWorker, job.file, job.format, options);
}

/**
 * Runs one worker job (a document, or a printed-variants run) that writes `file` through a
 * temp path; the same progress, cancellation and failure handling as runRender.
 */
export function runWorkerJob(toWorker: (path: string) => WorkerJob | VariantsWorkerJob, file: string, format: RenderFormat, options: RunRenderOptions = {}): Promise<RenderOutcome> {
  return new Promise<RenderOutcome>((resolve) => {
    const fail = (code: RenderErrorCode, message: string): RenderOutcome => ({ ok: false, error: { code, message } });
    if (options.signal?.aborted) {
      resolve(fail('cancelled', 'the render was cancelled'));
      return;
    }
    const path = partialPath(file);
    const workerJob = toWorker(path);
    let settled = false;
    let completing = false; // `done` arrived: the worker's exit that follows is expected
    let worker: Worker;
    try {
      worker = startWorker(workerJob, options.maxHeapMb);
    } catch (err) {
      resolve(fail('worker_exited', `the render worker did not start: ${err instanceof Error ? err.message : String(err)}`));
      return;
    }

    const onAbort = (): void => void finish(fail('cancelled', 'the render was cancelled'), true);
    const finish = async (outcome: RenderOutcome, stop: boolean): Promise<void> => {
      if (settled) return;
      settled = true;
      options.signal?.removeEventListener('abort', onAbort);
      if (stop) await worker.terminate();
      if (!outcome.ok) await rm(path, { force: true }).catch(() => undefined);
      resolve(outcome);
    };
    options.signal?.addEventListener('abort', onAbort, { once: true });

    worker.on('message', (message: unknown) => {
      if (settled || !isWorkerMessage(message)) return;
      switch (message.type) {
        case 'progress':
          options.onProgress?.(message.done, message.total);
          return;
        case 'error':
          void finish(fail(message.code, message.message), true);
          return;
        case 'done':
          completing = true;
          rename(path, file).then(
            () => void finish({ ok: true, value: { ...message.stats, file, format } }, false),
            (err: unknown) => void finish(fail('render_failed', `could not move the file into place: ${String(err)}`), false),
          );
          return;
      }
    });
    worker.on('error', (err) => void finish(fail('render_failed', err.message), true));
    worker.on('exit', (code) => completing || void finish(fail('worker_exited', `the render worker stopped (exit code ${code})`), false));
  });
}
