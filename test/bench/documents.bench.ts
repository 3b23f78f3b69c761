// Bench of the document renderers against the bare libraries writing the same cells.
//   npx tsx test/bench/documents.bench.ts
// A protocol-like table: 30 listeners × 5 criteria × 5 members (150 score rows). Each variant
// runs in its own child process (so peak RSS is its own): five warm-ups, then 5 timed runs;
// the median wall time and the median CPU time (user + system, all threads) are reported —
// CPU time is the steadier figure on a busy machine. Goal: Attesta ≤ 1.3× the bare library.
// attesta-pdf-bare is the same table without meta rows, signatures and QR code (what the
// bare baselines leave out), and attesta-xlsx-bare its xlsx twin, measured beside
// bare-xlsx-styled: the same cells as a careful hand-written exceljs table styles them (grid,
// bold header, wrapped text, frozen header) — bare-xlsx writes them unstyled. Both PDF sides
// embed the same two PT Serif subsets; every xlsx side zips at the same deflate level. BENCH_RUNS=N for more runs on a noisy machine.
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import PDFDocument from 'pdfkit';
import { fontBytes } from '../../electron/core/export/fonts';
import { renderToFile } from '../../electron/core/export/render-file';
import type { DocumentModel } from '../../shared/documents/view-model';
import { BENCH_HEADERS, benchProtocolModel, benchProtocolRows } from '../reference/documents/sample-model';

const VARIANTS = ['bare-xlsx', 'bare-xlsx-styled', 'attesta-xlsx', 'attesta-xlsx-bare', 'bare-pdf-table', 'bare-pdf-cells', 'attesta-pdf', 'attesta-pdf-bare'] as const;
type Variant = (typeof VARIANTS)[number];
const RUNS = Number(process.env['BENCH_RUNS'] ?? 5);
const WARMUPS = 5; // until the JIT has settled: the figures compare steady-state work

/** The same table without what the bare baselines do not draw: meta rows, signatures, QR code. */
function tableOnlyModel(): DocumentModel {
  const m = benchProtocolModel();
  return { ...m, header: { titleLines: m.header.titleLines, meta: [] }, signatures: null, footer: { ...m.footer, qrPayload: null } };
}

/** The zip settings Attesta writes with (render-xlsx.ts); the bare side gets the same, so neither is favoured. */
const ZIP = { compression: 'DEFLATE', compressionOptions: { level: 1 } } as const;

const THIN = { style: 'thin' } as const;
/** What a careful hand-written exceljs table has: a grid on every cell, a bold header, wrapped text, one shared style object. */
const STYLED = { font: { name: 'Times New Roman', size: 10 }, alignment: { vertical: 'top', wrapText: true }, border: { top: THIN, left: THIN, bottom: THIN, right: THIN } } as const;
const STYLED_HEAD = { ...STYLED, font: { ...STYLED.font, bold: true }, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } } as const;

/** The same cells styled as a hand-written protocol would be: grid, bold header, wrapped text, frozen header, A4 fit to width. */
async function bareXlsxStyled(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Protocol', { pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' }, views: [{ state: 'frozen', ySplit: 1 }] });
  const head = ws.addRow([...BENCH_HEADERS]);
  head.eachCell((c) => (c.style = STYLED_HEAD));
  for (const values of benchProtocolRows()) ws.addRow(values).eachCell((c) => (c.style = STYLED));
  await wb.xlsx.writeFile(file, { zip: ZIP });
}

async function bareXlsx(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Protocol');
  ws.addRow([...BENCH_HEADERS]);
  for (const row of benchProtocolRows()) ws.addRow(row);
  await wb.xlsx.writeFile(file, { zip: ZIP });
}

function openBarePdf(file: string): { doc: PDFKit.PDFDocument; done: () => Promise<void> } {
  const doc = new PDFDocument({ size: 'A4', margins: { top: 57, bottom: 79, left: 85, right: 42.5 } });
  const out = createWriteStream(file);
  doc.pipe(out);
  doc.registerFont('r', fontBytes('regular'));
  doc.registerFont('b', fontBytes('bold'));
  doc.font('r').fontSize(9);
  return {
    doc,
    done: async () => {
      doc.end();
      await finished(out);
    },
  };
}

/** pdfkit's own doc.table() (no repeated header). */
async function barePdfTable(file: string): Promise<void> {
  const { doc, done } = openBarePdf(file);
  const widths = BENCH_HEADERS.map((_, i) => (i === 1 ? '*' : i === 2 ? 40 : 32));
  doc.table({
    columnStyles: widths.map((width) => ({ width })),
    data: [[...BENCH_HEADERS], ...benchProtocolRows().map((r) => r.map(String))],
  });
  await done();
}

/** The least pdfkit can do for the same table: a box and one unwrapped line per cell, fixed row height, bold header. */
async function barePdfCells(file: string): Promise<void> {
  const { doc, done } = openBarePdf(file);
  const widths = BENCH_HEADERS.map((_, i) => (i === 1 ? 150 : i === 2 ? 46 : 38));
  const rowH = 16;
  let y = doc.page.margins.top;
  const rows = [[...BENCH_HEADERS], ...benchProtocolRows()];
  rows.forEach((row, r) => {
    if (y + rowH > doc.page.maxY()) {
      doc.addPage();
      y = doc.page.margins.top;
    }
    doc.font(r === 0 ? 'b' : 'r');
    let x = doc.page.margins.left;
    row.forEach((cell, i) => {
      const w = widths[i] ?? 40;
      doc.rect(x, y, w, rowH).stroke();
      doc.text(String(cell), x + 3, y + 3, { width: w - 6, lineBreak: false });
      x += w;
    });
    y += rowH;
  });
  await done();
}

async function runOnce(variant: Variant, file: string): Promise<void> {
  switch (variant) {
    case 'bare-xlsx':
      return bareXlsx(file);
    case 'bare-pdf-table':
      return barePdfTable(file);
    case 'bare-pdf-cells':
      return barePdfCells(file);
    case 'bare-xlsx-styled':
      return bareXlsxStyled(file);
    case 'attesta-xlsx':
      await renderToFile(benchProtocolModel(), 'xlsx', file);
      return;
    case 'attesta-xlsx-bare':
      await renderToFile(tableOnlyModel(), 'xlsx', file);
      return;
    case 'attesta-pdf':
      await renderToFile(benchProtocolModel(), 'pdf', file);
      return;
    case 'attesta-pdf-bare':
      await renderToFile(tableOnlyModel(), 'pdf', file);
      return;
  }
}

interface Figures {
  readonly variant: Variant;
  readonly medianMs: number;
  readonly cpuMedianMs: number;
  readonly runsMs: readonly number[];
  readonly peakRssMb: number;
}

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/** Times `variants` in turn (A, B, A, B …) so both see the same machine load; per-variant wall and CPU ms. */
async function measure(variants: readonly Variant[], dir: string): Promise<Map<Variant, { wall: number[]; cpu: number[] }>> {
  const out = new Map(variants.map((v) => [v, { wall: [] as number[], cpu: [] as number[] }]));
  const file = (v: Variant, tag: string): string => join(dir, `${v}-${tag}.${v.endsWith('xlsx') ? 'xlsx' : 'pdf'}`);
  for (let i = 0; i < WARMUPS; i++) for (const v of variants) await runOnce(v, file(v, `w${i}`));
  for (let i = 0; i < RUNS; i++) {
    for (const v of variants) {
      const t0 = performance.now();
      const c0 = process.cpuUsage();
      await runOnce(v, file(v, `r${i}`));
      const c = process.cpuUsage(c0);
      out.get(v)?.wall.push(performance.now() - t0);
      out.get(v)?.cpu.push((c.user + c.system) / 1000);
    }
  }
  return out;
}

async function child(variants: readonly Variant[]): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'attesta-bench-'));
  try {
    const times = await measure(variants, dir);
    const figures: Figures[] = variants.map((variant) => ({
      variant,
      medianMs: median(times.get(variant)?.wall ?? []),
      cpuMedianMs: median(times.get(variant)?.cpu ?? []),
      runsMs: (times.get(variant)?.wall ?? []).map((r) => Math.round(r)),
      peakRssMb: process.resourceUsage().maxRSS / 1024,
    }));
    process.stdout.write(`${JSON.stringify(figures)}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function spawnChild(variants: readonly Variant[]): Figures[] {
  const self = fileURLToPath(import.meta.url);
  const r = spawnSync(process.execPath, ['--import', 'tsx', self, '--child', variants.join(',')], { encoding: 'utf8', cwd: join(self, '..', '..', '..') });
  if (r.status !== 0) throw new Error(`${variants.join(',')} failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').at(-1) ?? '[]') as Figures[];
}

function parent(): void {
  console.log(`documents bench: 150 score rows (30 listeners × 5 criteria × 5 members), median of ${RUNS} runs after ${WARMUPS} warm-ups`);
  // Alone in its own process: the absolute figures and that variant's own peak RSS.
  const alone = new Map(VARIANTS.map((v) => [v, spawnChild([v])[0]] as const));
  for (const f of alone.values()) {
    if (!f) continue;
    console.log(
      `${f.variant.padEnd(17)} wall ${f.medianMs.toFixed(0).padStart(5)} ms  cpu ${f.cpuMedianMs.toFixed(0).padStart(5)} ms  ` +
        `runs ${f.runsMs.join(', ').padEnd(26)} peak RSS ${f.peakRssMb.toFixed(0).padStart(4)} MB`,
    );
  }
  // Ratios from alternating runs in one process, so a busy machine hits both sides alike.
  const pairs: [Variant, Variant][] = [
    ['attesta-xlsx', 'bare-xlsx'],
    ['attesta-xlsx-bare', 'bare-xlsx-styled'],
    ['attesta-pdf', 'bare-pdf-cells'],
    ['attesta-pdf-bare', 'bare-pdf-cells'],
  ];
  for (const [a, b] of pairs) {
    const [ours, bare] = spawnChild([a, b]);
    if (!ours || !bare) continue;
    const time = ours.medianMs / bare.medianMs;
    const cpu = ours.cpuMedianMs / bare.cpuMedianMs;
    const rss = (alone.get(a)?.peakRssMb ?? 0) / (alone.get(b)?.peakRssMb ?? 1);
    const verdict = cpu <= 1.3 ? 'within 1.3×' : 'ABOVE the 1.3× goal';
    console.log(`${a} vs ${b}: wall ${time.toFixed(2)}×, cpu ${cpu.toFixed(2)}×, peak RSS ${rss.toFixed(2)}× (${verdict})`);
  }
  const table = alone.get('bare-pdf-table');
  const ours = alone.get('attesta-pdf');
  if (table && ours) console.log(`attesta-pdf vs bare-pdf-table (doc.table()): cpu ${(ours.cpuMedianMs / table.cpuMedianMs).toFixed(2)}×`);
}

const at = process.argv.indexOf('--child');
const wanted = at >= 0 ? process.argv[at + 1] : undefined;
if (wanted !== undefined) {
  const variants = wanted.split(',').map((w) => {
    const v = VARIANTS.find((x) => x === w);
    if (!v) throw new Error(`unknown variant ${w}`);
    return v;
  });
  await child(variants);
} else {
  parent();
}
