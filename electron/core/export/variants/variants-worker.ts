import type { VariantsWorkerJob, WorkerMessage } from '../render-messages';
import { renderVariants } from './render-variants';

const PROGRESS_STEPS = 100;

/** The render worker's part for a printed-variants run: about a hundred progress messages, then `done` or `error`. */
export async function runVariantsJob(job: VariantsWorkerJob, post: (message: WorkerMessage) => void): Promise<void> {
  let lastSent = -1;
  try {
    const stats = await renderVariants(job.job, job.path, {
      ...(job.fontDir ? { fontDir: job.fontDir } : {}),
      onProgress: (done, total) => {
        const step = Math.floor((done * PROGRESS_STEPS) / Math.max(1, total));
        if (step !== lastSent || done === total) {
          lastSent = step;
          post({ type: 'progress', done, total });
        }
      },
    });
    post({ type: 'done', stats });
  } catch (err) {
    post({ type: 'error', code: 'render_failed', message: err instanceof Error ? err.message : String(err) });
  }
}
