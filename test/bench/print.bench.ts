import { spawnSync } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import PDFDocument from 'pdfkit';
import { openCore } from '../../electron/core/core';
import { saveBank } from '../../electron/core/db/repos/banks';
import { fontBytes } from '../../electron/core/export/fonts';
import { FONT, pageMargins } from '../../electron/core/export/pdf/pdf-context';
import { printVariants, workerVariantsRenderer } from '../../electron/core/services/variants/print';
import { drawFromBank } from '../../electron/core/services/variants/draw';
import { VARIANT_LABELS } from '../../shared/documents/variants/labels';
import { printedVariant } from '../../shared/documents/variants/printed-variant';
import { tempDir } from '../helpers/temp-dir';
import { since } from './stats';
import { benchBank, benchBlueprint } from './variants-bank';

/**
 * Print 500 variants with their answer keys (goal ≤ 20 s, peak RSS < 300 MB): `variant:print`'s
 * service in the render worker, drawing from the 8 × 15 bank. The base is bare pdfkit writing
 * the same text (every question, option and key line of the same 500 variants, same fonts) as
 * flowing text: no layout decisions, no headers or footers. Each run is timed on the wall clock
 * and in CPU time of all threads (the worker's too), which a busy machine disturbs less.
 */
const EXAMINEES = 500;
const t = tempDir('attesta-bench-');
const core = openCore(t.dir, { now: () => new Date('2026-11-26T09:00:00Z') });
const bankId = saveBank(core.ctx.db, { programmeId: null, name: 'bench', sourceFile: null, format: 'attesta' }, benchBank(), new Date());
const request = { bankId, blueprint: benchBlueprint, examinees: EXAMINEES, seed: 'print-bench' };

/** Samples the process's RSS (the worker thread is in this process) every 25 ms; returns the peak in MB. */
function rssSampler(): () => number {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 25);
  return () => {
    clearInterval(timer);
    return Math.max(peak, process.memoryUsage.rss()) / 2 ** 20;
  };
}

async function barePdfkit(file: string): Promise<number> {
  const labels = VARIANT_LABELS.kk;
  const draw = drawFromBank(core.ctx.db, request);
  const doc = new PDFDocument({ size: 'A4', margins: pageMargins('portrait') });
  doc.registerFont(FONT.regular, fontBytes('regular'));
  doc.registerFont(FONT.bold, fontBytes('bold'));
  const out = createWriteStream(file);
  doc.pipe(out);
  let pages = 1;
  doc.on('pageAdded', () => (pages += 1));
  const variants = draw.variants.map((v, k) => printedVariant({ examinee: k + 1, seed: v.seed, name: null, items: v.items }, draw.byId, 'kk', labels));
  variants.forEach((v, k) => {
    if (k > 0) doc.addPage();
    doc.font(FONT.bold).fontSize(13).text(`${labels.booklet} · ${labels.variant} ${v.examinee}`);
    for (const q of v.questions) {
      doc.font(FONT.regular).fontSize(10.5).text(`${q.number}. ${q.text}`);
      if (q.kind === 'choice') for (const o of q.options) doc.text(`${o.letter}) ${o.text}`);
    }
  });
  for (const v of variants) {
    doc.addPage();
    doc.font(FONT.bold).fontSize(13).text(`${labels.answerKey} · ${labels.variant} ${v.examinee}`);
    doc.font(FONT.regular).fontSize(9);
    for (const line of v.key) doc.text(`${line.number}   ${line.answer}   ${line.points}`);
  }
  doc.end();
  await finished(out);
  return pages;
}

type Figures = { ms: number; cpuMs: number; pages: number; bytes: number | null; beforeMb: number; peakMb: number; progress: number };

/** One measured run, in this (fresh) process: its time, pages, and the process's RSS before and at peak. */
async function measure(what: string): Promise<Figures> {
  const beforeMb = process.memoryUsage.rss() / 2 ** 20;
  const peak = rssSampler();
  const start = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  let progress = 0;
  let r: { pages: number; bytes: number | null };
  if (what === 'bare') r = { pages: await barePdfkit(`${t.dir}/bare.pdf`), bytes: null };
  else {
    const parts = { variants: true, keys: true, sheets: what === 'all' };
    r = await printVariants(core.ctx, { ...request, parts, lang: 'kk' }, workerVariantsRenderer(), { onProgress: () => (progress += 1) });
  }
  const ms = since(start);
  const used = process.cpuUsage(cpu);
  return { ms, cpuMs: (used.user + used.system) / 1000, pages: r.pages, bytes: r.bytes, beforeMb, peakMb: Math.max(peak(), process.resourceUsage().maxRSS / 1024), progress };
}

const which = process.argv[2];
if (which) {
  process.stdout.write(`${JSON.stringify(await measure(which))}\n`);
} else {
  // Each run in its own process, so one run's garbage does not count towards the next one's peak.
  const run = (what: string): Figures => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), what], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${what}: ${r.stderr}`);
    return JSON.parse(r.stdout.trim().split('\n').at(-1)!) as Figures;
  };
  const bare = run('bare');
  const keys = run('keys');
  const all = run('all');
  const line = (name: string, f: Figures, ratio: string) =>
    process.stdout.write(
      `${name.padEnd(44)} ${(f.ms / 1000).toFixed(2)} s (CPU ${(f.cpuMs / 1000).toFixed(1)} s, all threads)  ${f.pages} pages${f.bytes === null ? '' : `  ${(f.bytes / 2 ** 20).toFixed(1)} MB`}  RSS ${f.beforeMb.toFixed(0)} → peak ${f.peakMb.toFixed(0)} MB${ratio}\n`,
    );
  line('bare pdfkit, same text, 500 + 500 (base)', bare, '');
  line('variant:print 500 variants + keys (worker)', keys, `  ×${(keys.ms / bare.ms).toFixed(1)} of base`);
  line('… + 500 answer sheets (worker)', all, `  ×${(all.ms / bare.ms).toFixed(1)} of base`);
  process.stdout.write(
    `print ${EXAMINEES} variants with keys: ${(keys.ms / 1000).toFixed(1)} s — goal ≤ 20 s ${keys.ms <= 20_000 ? 'met' : 'MISSED'}; peak RSS ${keys.peakMb.toFixed(0)} MB — goal < 300 MB ${keys.peakMb < 300 ? 'met' : 'MISSED'} (the process under tsx, with the core open: ${keys.beforeMb.toFixed(0)} MB before; ${keys.progress} progress messages; worker start included)\n`,
  );
}
core.close();
t.remove();
