import type { JobState } from '../../../shared/api/channels/jobs';
import { AppError } from '../../../shared/domain/errors';

/** What a long piece of work is handed: where to report progress, and when to stop. */
export type JobControl = { onProgress: (done: number, total: number) => void; signal: AbortSignal };

type Entry = { state: JobState; controller: AbortController; endedAt: number | null };

/** How long a finished job's last state stays readable (the page's last poll). */
const KEEP_MS = 60_000;
/** At most this many jobs are remembered; the oldest finished ones go first. */
const MAX_JOBS = 200;

/**
 * Long jobs by the id their caller chose: the caller runs the work with `run` and, while it
 * runs, another call reads its progress or cancels it. Nothing here touches the database.
 */
export class JobRegistry {
  private readonly jobs = new Map<string, Entry>();

  /** Runs `work` as job `jobId` (or untracked without an id); a cancelled job rejects with `cancelled`. */
  async run<T>(jobId: string | undefined, work: (control: JobControl) => Promise<T>): Promise<T> {
    const controller = new AbortController();
    if (!jobId) return work({ onProgress: () => undefined, signal: controller.signal });
    if (this.jobs.get(jobId)?.endedAt === null) throw new AppError('duplicate', `job ${jobId} is already running`, 'jobId');
    this.prune();
    const entry: Entry = { state: { jobId, state: 'running', done: 0, total: 0 }, controller, endedAt: null };
    this.jobs.set(jobId, entry);
    const end = (state: JobState['state']) => {
      entry.state = { ...entry.state, state };
      entry.endedAt = Date.now();
    };
    try {
      const value = await work({
        onProgress: (done, total) => {
          if (entry.endedAt === null) entry.state = { ...entry.state, done, total };
        },
        signal: controller.signal,
      });
      if (controller.signal.aborted) throw new AppError('cancelled', 'the work was cancelled', 'jobId');
      end('done');
      return value;
    } catch (err) {
      if (controller.signal.aborted) {
        end('cancelled');
        throw new AppError('cancelled', 'the work was cancelled; no file was left', 'jobId');
      }
      end('failed');
      throw err;
    }
  }

  /** A job's state now; `unknown` for an id never seen (or long forgotten). */
  progress(jobId: string): JobState {
    return this.jobs.get(jobId)?.state ?? { jobId, state: 'unknown', done: 0, total: 0 };
  }

  /** Stops a running job (its work sees the abort signal); a finished job is left as it is. */
  cancel(jobId: string): JobState {
    const entry = this.jobs.get(jobId);
    if (entry && entry.endedAt === null) entry.controller.abort();
    return this.progress(jobId);
  }

  private prune(): void {
    const now = Date.now();
    for (const [id, e] of this.jobs) if (e.endedAt !== null && (now - e.endedAt > KEEP_MS || this.jobs.size >= MAX_JOBS)) this.jobs.delete(id);
  }
}
