import { z } from 'zod';

/** A long job's id, chosen by the caller so it can follow the job while the call runs. */
export const jobIdSchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'a job id of 8 to 64 letters, digits, - or _');

/** Input schemas of following and stopping long work (printing variants, exporting documents). */
export const jobInputs = {
  'job:progress': z.object({ jobId: jobIdSchema }).strict(),
  'job:cancel': z.object({ jobId: jobIdSchema }).strict(),
} as const;

/** Where a long job is: `done` of `total` steps (0 of 0 until the work knows its size). */
export type JobState = {
  jobId: string;
  state: 'running' | 'done' | 'failed' | 'cancelled' | 'unknown';
  done: number;
  total: number;
};

/** Result types of the job channels. */
export type JobResults = {
  'job:progress': JobState;
  'job:cancel': JobState;
};
