import type { DocumentModel } from '../../../shared/documents/view-model';
import type { ProgressFn, RenderErrorCode, RenderFormat, RenderStats } from './render-types';
import type { VariantsJob } from './variants/variants-job';

/** What the host hands the render worker (as `workerData`, structured-cloned). */
export interface WorkerJob {
  readonly model: DocumentModel;
  readonly format: RenderFormat;
  /** The temp path to write; the host renames it into place once the worker reports `done`. */
  readonly path: string;
  readonly fontDir?: string;
}

/** What the render worker posts back: progress, then exactly one `done` or `error`. */
export type WorkerMessage =
  | { readonly type: 'progress'; readonly done: number; readonly total: number }
  | { readonly type: 'done'; readonly stats: RenderStats }
  | { readonly type: 'error'; readonly code: RenderErrorCode; readonly message: string };

/** Whether a value received from a worker is a WorkerMessage. */
export function isWorkerMessage(value: unknown): value is WorkerMessage {
  if (typeof value !== 'object' || value === null) return false;
  const type = (value as { type?: unknown }).type;
  return type === 'progress' || type === 'done' || type === 'error';
}

/** Whether workerData is a WorkerJob (a shallow check: the model is checked before drawing). */
export function isWorkerJob(value: unknown): value is WorkerJob {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<Record<keyof WorkerJob, unknown>>;
  return (v.format === 'pdf' || v.format === 'xlsx') && typeof v.path === 'string' && typeof v.model === 'object' && v.model !== null;
}

/** What the host hands the render worker for a printed-variants run (booklets, keys, answer sheets). */
export interface VariantsWorkerJob {
  readonly kind: 'variants';
  readonly job: VariantsJob;
  /** The temp path to write; renamed into place on `done`, as for documents. */
  readonly path: string;
  readonly fontDir?: string;
}

/** Whether workerData is a VariantsWorkerJob (shallow; the variants are checked while printing). */
export function isVariantsWorkerJob(value: unknown): value is VariantsWorkerJob {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<Record<keyof VariantsWorkerJob, unknown>>;
  return v.kind === 'variants' && typeof v.path === 'string' && typeof v.job === 'object' && v.job !== null;
}

const PROGRESS_STEPS = 100;

/** Turns a renderer's progress into about a hundred `progress` messages per job, whatever its size. */
export function progressPoster(post: (message: WorkerMessage) => void): ProgressFn {
  let lastSent = -1;
  return (done, total) => {
    const step = Math.floor((done * PROGRESS_STEPS) / Math.max(1, total));
    if (step !== lastSent || done === total) {
      lastSent = step;
      post({ type: 'progress', done, total });
    }
  };
}
