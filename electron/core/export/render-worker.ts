// Entry of the render worker thread (started by run-render.ts). It renders one document to the
// temp path it was given and reports back by messages; it never throws across the boundary.
import { parentPort, workerData } from 'node:worker_threads';
import { assertRenderable, InvalidDocumentError, renderTo } from './render-file';
import type { WorkerMessage } from './render-messages';
import { isVariantsWorkerJob, isWorkerJob, progressPoster } from './render-messages';
import { runVariantsJob } from './variants/variants-worker';

function post(message: WorkerMessage): void {
  parentPort?.postMessage(message);
}

async function main(job: unknown): Promise<void> {
  if (isVariantsWorkerJob(job)) {
    await runVariantsJob(job, post);
    return;
  }
  if (!isWorkerJob(job)) {
    post({ type: 'error', code: 'render_failed', message: 'the render worker got no job' });
    return;
  }
  try {
    assertRenderable(job.model);
    const stats = await renderTo(job.model, job.format, job.path, {
      ...(job.fontDir ? { fontDir: job.fontDir } : {}),
      onProgress: progressPoster(post),
    });
    post({ type: 'done', stats });
  } catch (err) {
    const code = err instanceof InvalidDocumentError ? 'invalid_document' : 'render_failed';
    post({ type: 'error', code, message: err instanceof Error ? err.message : String(err) });
  }
}

void main(workerData as unknown);
