import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core';
import { exportDocument, inThreadRenderer, type ExportRequest } from '../../electron/core/services/documents/export';
import { meanDiff, readPngGray } from '../reference/documents/pixels';
import { useDemoCore, type DemoCore } from '../helpers/demo-core';
import { pdfText } from '../helpers/pdf-text';

// The demo's final test statement and cohort summary against their reference images in
// test/reference/documents/. The clock is fixed, so the demo, its hashes and QR codes are the
// same on every run. UPDATE_REFERENCE=1 after a deliberate change of the layout (look first).

const REFERENCES = join(import.meta.dirname, '..', 'reference', 'documents');
const NOW = new Date('2026-11-27T10:00:00Z');

const demo = useDemoCore({ now: () => NOW });
const { call } = demo;
let core: Core;
let ids: DemoCore['ids'];
beforeAll(async () => {
  ({ core, ids } = demo);
  await call('sitting:release', { sittingId: ids.sitting, force: true });
  const session = (await call('session:get', { id: ids.session })) as { members: { id: number }[] };
  await call('session:close', { sessionId: ids.session, presentMemberIds: session.members.map((m) => m.id) });
});

/** Renders `page` of the exported PDF at 60 dpi and compares it with the reference PNG. */
async function compare(req: Omit<ExportRequest, 'out'>, reference: string, page: (text: string[]) => number): Promise<void> {
  const pdf = join(demo.dir, `${reference}.pdf`);
  await exportDocument(core.ctx, { ...req, out: pdf }, inThreadRenderer());
  const pages = pdfText(pdf).split('\f');
  const n = page(pages);
  expect(n).toBeGreaterThan(0);
  const png = join(demo.dir, reference);
  spawnSync('pdftoppm', ['-r', '60', '-png', '-f', String(n), '-l', String(n), '-singlefile', pdf, png]);
  const file = join(REFERENCES, `${reference}.png`);
  if (process.env['UPDATE_REFERENCE'] === '1') copyFileSync(`${png}.png`, file);
  expect(existsSync(file)).toBe(true);
  expect(meanDiff(readPngGray(`${png}.png`), readPngGray(file))).toBeLessThan(2);
}

describe('reference images of the demo documents', () => {
  it('the test results statement, page 1 (test/reference/documents/statement-kk-1.png)', async () => {
    await compare({ doc: 'statement', sittingId: ids.sitting, format: 'pdf', lang: 'kk', draft: false }, 'statement-kk-1', () => 1);
  });

  it('the cohort summary, the page with the grade distribution charts (test/reference/documents/summary-kk-chart.png)', async () => {
    await compare({ doc: 'summary', cohortId: ids.cohort, format: 'pdf', lang: 'kk', draft: false }, 'summary-kk-chart', (pages) => pages.findIndex((p) => p.includes('Бағалардың бөлінуі')) + 1);
  });
});
