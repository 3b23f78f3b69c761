import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRows } from '../../shared/documents/check';
import type { DocumentModel } from '../../shared/documents/view-model';
import { runRender } from '../../electron/core/export/run-render';
import { sampleDocument } from '../reference/documents/sample-model';
import { tempDir } from '../helpers/temp-dir';

let dir: string;
let remove: () => void;
beforeAll(() => ({ dir, remove } = tempDir('attesta-worker-')));
afterAll(() => remove());

const leftovers = (): string[] => readdirSync(dir).filter((f) => f.endsWith('.part'));

/** The longest gap between timer ticks on this thread while `work` runs. */
async function longestStall<T>(work: () => Promise<T>): Promise<{ value: T; stall: number }> {
  let last = performance.now();
  let stall = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    stall = Math.max(stall, now - last);
    last = now;
  }, 5);
  try {
    const value = await work();
    return { value, stall };
  } finally {
    clearInterval(timer);
  }
}

describe('runRender (worker thread)', () => {
  it('renders a PDF off the main thread, reporting progress up to the row count', async () => {
    const model = sampleDocument({ lang: 'kk' });
    const seen: [number, number][] = [];
    const file = join(dir, 'protocol.pdf');
    const { value: out, stall } = await longestStall(() => runRender({ model, format: 'pdf', file }, { onProgress: (d, t) => seen.push([d, t]) }));
    expect(out).toMatchObject({ ok: true, value: { file, format: 'pdf' } });
    if (!out.ok) return;
    const pages = /Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', [file], { encoding: 'utf8' }).stdout)?.[1];
    expect(out.value.pages).toBe(Number(pages));
    expect(seen.length).toBeGreaterThan(10);
    expect(seen.at(-1)).toEqual([countRows(model), countRows(model)]);
    for (let i = 1; i < seen.length; i++) expect(seen[i]?.[0]).toBeGreaterThanOrEqual(seen[i - 1]?.[0] ?? 0);
    // Drawing 200 rows takes the worker a second or more; the main thread only ever waits for messages.
    expect(stall).toBeLessThan(250);
    expect(leftovers()).toEqual([]);
  });

  it('renders an XLSX, and two renders can run at once', async () => {
    const [a, b] = await Promise.all([
      runRender({ model: sampleDocument({ lang: 'ru' }), format: 'xlsx', file: join(dir, 'a.xlsx') }),
      runRender({ model: sampleDocument({ lang: 'en' }), format: 'pdf', file: join(dir, 'b.pdf') }),
    ]);
    expect(a).toMatchObject({ ok: true, value: { sheets: 1, format: 'xlsx' } });
    expect(b).toMatchObject({ ok: true, value: { format: 'pdf' } });
  });

  it('cancels: the worker stops, no file appears, the temp file is removed', async () => {
    const ac = new AbortController();
    const file = join(dir, 'cancelled.pdf');
    const out = await runRender(
      { model: sampleDocument({ lang: 'kk', rows: 3000 }), format: 'pdf', file },
      { signal: ac.signal, onProgress: (done) => done >= 50 && ac.abort() },
    );
    expect(out).toEqual({ ok: false, error: { code: 'cancelled', message: 'the render was cancelled' } });
    expect(existsSync(file)).toBe(false);
    expect(leftovers()).toEqual([]);
  });

  it('an aborted signal cancels before a worker starts', async () => {
    const ac = new AbortController();
    ac.abort();
    const out = await runRender({ model: sampleDocument({ lang: 'kk', rows: 1 }), format: 'xlsx', file: join(dir, 'never.xlsx') }, { signal: ac.signal });
    expect(out.ok ? 'ok' : out.error.code).toBe('cancelled');
  });

  it('reports a bad model as a message (invalid_document), the host carries on', async () => {
    const good = sampleDocument({ lang: 'en', rows: 2 });
    const bad: DocumentModel = { ...good, header: { ...good.header, titleLines: [] } };
    const file = join(dir, 'bad.pdf');
    const out = await runRender({ model: bad, format: 'pdf', file });
    expect(out.ok ? 'ok' : out.error.code).toBe('invalid_document');
    expect(out.ok ? '' : out.error.message).toMatch(/header\.titleLines/);
    expect(existsSync(file)).toBe(false);
  });

  it('reports a failure inside the renderer (render_failed) and leaves nothing behind', async () => {
    const file = join(dir, 'nofonts.pdf');
    const out = await runRender({ model: sampleDocument({ lang: 'kk', rows: 2 }), format: 'pdf', file, fontDir: join(dir, 'no-such-dir') });
    expect(out.ok ? 'ok' : out.error.code).toBe('render_failed');
    expect(out.ok ? '' : out.error.message).toMatch(/ENOENT/);
    expect(existsSync(file)).toBe(false);
    expect(leftovers()).toEqual([]);
  });
});
