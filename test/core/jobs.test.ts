import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { JobState } from '../../shared/api/channels/jobs';
import { useDemoCore } from '../helpers/demo-core';

const h = useDemoCore();
const ALL = { variants: true, keys: true, sheets: true };
const progress = async (jobId: string) => (await h.call('job:progress', { jobId })) as JobState;
const exportsDir = () => join(h.dir, 'exports');
const pdfs = () => (existsSync(exportsDir()) ? readdirSync(exportsDir()).filter((f) => f.endsWith('.pdf')) : []);

/** Polls until `test` holds (or fails after 60 s). */
async function until(test: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (!(await test())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('long jobs: progress and cancel while the call runs', () => {
  it('knows nothing of an id never used, and refuses a malformed one', async () => {
    expect(await progress('never-used-1')).toEqual({ jobId: 'never-used-1', state: 'unknown', done: 0, total: 0 });
    await expect(h.call('job:progress', { jobId: 'x' })).rejects.toMatchObject({ code: 'bad_input' });
  });

  it('a print run reports variants done of all, and a cancel stops it with no file left', async () => {
    const before = pdfs();
    const run = h.call('variant:print', { sittingId: h.ids.sitting, examinees: 300, parts: ALL, lang: 'kk', inline: false, jobId: 'print-job-1' });
    const settled = run.then(
      () => 'finished',
      (e: { code?: string }) => e.code,
    );
    await until(async () => (await progress('print-job-1')).done > 0);
    const running = await progress('print-job-1');
    expect(running.state).toBe('running');
    expect(running.total).toBeGreaterThanOrEqual(300); // 300 variants, each booklet and sheet a step
    expect(running.done).toBeLessThan(running.total);
    await expect(h.call('variant:print', { sittingId: h.ids.sitting, parts: ALL, lang: 'kk', inline: false, jobId: 'print-job-1' })).rejects.toMatchObject({ code: 'duplicate' });
    expect(((await h.call('job:cancel', { jobId: 'print-job-1' })) as JobState).jobId).toBe('print-job-1');
    expect(await settled).toBe('cancelled');
    expect((await progress('print-job-1')).state).toBe('cancelled');
    expect(pdfs()).toEqual(before);
    expect(readdirSync(exportsDir()).filter((f) => !before.includes(f))).toEqual([]);
  }, 90_000);

  it('an export followed to the end is done; cancelling it afterwards changes nothing', async () => {
    const r = (await h.call('document:export', { doc: 'protocol', sessionId: h.ids.session, format: 'pdf', lang: 'kk', draft: true, jobId: 'export-job-1' })) as { file: string };
    expect(existsSync(r.file)).toBe(true);
    expect((await progress('export-job-1')).state).toBe('done');
    expect(((await h.call('job:cancel', { jobId: 'export-job-1' })) as JobState).state).toBe('done');
    expect(existsSync(r.file)).toBe(true);
  }, 60_000);
});
