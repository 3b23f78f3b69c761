import { progressPoster, type VariantsWorkerJob, type WorkerMessage } from '../render-messages';
import { renderVariants } from './render-variants';

/** The render worker's part for a printed-variants run: about a hundred progress messages, then `done` or `error`. */
export async function runVariantsJob(job: VariantsWorkerJob, post: (message: WorkerMessage) => void): Promise<void> {
  try {
    const stats = await renderVariants(job.job, job.path, { ...(job.fontDir ? { fontDir: job.fontDir } : {}), onProgress: progressPoster(post) });
    post({ type: 'done', stats });
  } catch (err) {
    post({ type: 'error', code: 'render_failed', message: err instanceof Error ? err.message : String(err) });
  }
}
