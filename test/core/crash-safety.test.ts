import { spawn } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore } from '../../electron/core/core';
import { createCohort } from '../../electron/core/services/cohorts';
import { loadDemo } from '../../electron/core/services/demo';
import { listenerWorkbook } from '../helpers/listener-workbook';
import { tempDir } from '../helpers/temp-dir';

const t = tempDir();
let ids: { cohort: number; session: number };
let xlsx: string;
beforeAll(async () => {
  const core = openCore(t.dir);
  const demo = loadDemo(core.ctx.db, new Date());
  const cohort = createCohort(core.ctx.db, { programmeId: demo.programme, name: 'Crash' }, new Date());
  ids = { cohort: cohort.id, session: demo.session };
  core.close();
  xlsx = join(t.dir, 'batch.xlsx');
  writeFileSync(xlsx, await listenerWorkbook([['template', null, null, null, null, null]]));
});
afterAll(() => t.remove());

/**
 * Runs the worker and kills it with SIGKILL `ms` after its first acknowledgement (so a slow,
 * loaded machine still kills it in the middle of work, not before any), or after a minute at
 * most; returns the lines it acknowledged.
 */
function runAndKill(mode: string, ms: number): Promise<string[]> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, '../helpers/crash-worker.ts'), t.dir, mode, String(ids.cohort), String(ids.session), xlsx], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const lines: string[] = [];
    let buffer = '';
    const kill = () => child.kill('SIGKILL');
    const cap = setTimeout(kill, 60_000);
    child.stdout.on('data', (d: Buffer) => {
      buffer += d.toString();
      const parts = buffer.split('\n');
      buffer = parts.pop() ?? '';
      if (lines.length === 0 && parts.length > 0) setTimeout(kill, ms);
      lines.push(...parts);
    });
    child.on('exit', () => {
      clearTimeout(cap);
      resolve(lines);
    });
  });
}

describe('crash safety (SIGKILL)', () => {
  it('while importing: the database is intact and holds whole imports only, every acknowledged one', async () => {
    const acked = await runAndKill('imports', 5_000);
    const core = openCore(t.dir);
    expect(core.ctx.db.pragma('integrity_check', { simple: true })).toBe('ok');
    const crashRows = (core.ctx.db.prepare("SELECT count(*) AS n FROM listener WHERE full_name LIKE 'Crash %'").get() as { n: number }).n;
    core.close();
    expect(crashRows % 2000).toBe(0);
    expect(crashRows / 2000).toBeGreaterThanOrEqual(acked.length);
    expect(crashRows / 2000).toBeLessThanOrEqual(acked.length + 1);
  }, 90_000);

  it('while exporting: every acknowledged document is complete, and no final file is half-written', async () => {
    const acked = await runAndKill('exports', 3_000);
    expect(acked.length).toBeGreaterThan(0);
    const pdfs = readdirSync(t.dir).filter((f) => /^protocol-\d+\.pdf$/.test(f));
    for (const f of pdfs) expect(execFileSync('pdfinfo', [join(t.dir, f)], { encoding: 'utf8' })).toMatch(/Pages:\s+\d+/);
    for (const line of acked) expect(existsSync(line.replace('exported ', ''))).toBe(true);
    const core = openCore(t.dir);
    expect(core.ctx.db.pragma('integrity_check', { simple: true })).toBe('ok');
    core.close();
  }, 90_000);
});
