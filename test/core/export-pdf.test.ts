import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatNumber } from '../../shared/documents/cells';
import { DRAFT_MARK, type DocumentModel } from '../../shared/documents/view-model';
import { pageMargins } from '../../electron/core/export/pdf/pdf-context';
import { qrBox } from '../../electron/core/export/pdf/pdf-decor';
import { qrRuns } from '../../electron/core/export/qr';
import { renderToFile } from '../../electron/core/export/render-file';
import type { RenderResult } from '../../electron/core/export/render-types';
import { inkShare, meanDiff, pageGray, readPngGray } from '../reference/documents/pixels';
import { KAZAKH_LETTERS, KAZAKH_NAMES, LONG_NAME, sampleDocument } from '../reference/documents/sample-model';
import { tempDir } from '../helpers/temp-dir';

const REFERENCE = join(import.meta.dirname, '..', 'reference', 'documents', 'sample-kk.png');

let dir: string;
let remove: () => void;
const files: Record<string, RenderResult> = {};
const models: Record<string, DocumentModel> = {};

function text(file: string, page?: number, mode: '-layout' | '-raw' = '-layout'): string {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  const r = spawnSync('pdftotext', [mode, ...range, file, '-'], { encoding: 'utf8', maxBuffer: 32 << 20 });
  if (r.status !== 0) throw new Error(r.stderr);
  return r.stdout;
}

function info(file: string): Record<string, string> {
  const out = spawnSync('pdfinfo', [file], { encoding: 'utf8' }).stdout;
  return Object.fromEntries(out.split('\n').filter((l) => l.includes(':')).map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 1).trim()]));
}

const squeeze = (s: string): string => s.replace(/\s+/g, '');

beforeAll(async () => {
  ({ dir, remove } = tempDir('attesta-pdf-'));
  const variants = {
    'kk-final': sampleDocument({ lang: 'kk' }),
    'kk-draft': sampleDocument({ lang: 'kk', draft: true }),
    'ru-draft': sampleDocument({ lang: 'ru', draft: true }),
    'en-final': sampleDocument({ lang: 'en', orientation: 'landscape' }),
  };
  for (const [name, model] of Object.entries(variants)) {
    models[name] = model;
    files[name] = await renderToFile(model, 'pdf', join(dir, `${name}.pdf`));
  }
}, 180_000);
afterAll(() => remove());

const file = (name: string): string => files[name]?.file ?? '';

describe('PDF renderer', () => {
  it('writes A4 pages; the page count matches pdfinfo; 200 rows take several pages', () => {
    const kk = info(file('kk-final'));
    expect(kk['Page size']).toMatch(/^595\.2\d x 841\.8\d pts \(A4\)/);
    expect(Number(kk['Pages'])).toBe(files['kk-final']?.pages);
    expect(files['kk-final']?.pages).toBeGreaterThanOrEqual(5);
    expect(kk['Title']).toBe('АТТЕСТАТТАУ КОМИССИЯСЫ ОТЫРЫСЫНЫҢ ХАТТАМАСЫ');
    const en = info(file('en-final'));
    expect(en['Page size']).toMatch(/^841\.8\d x 595\.2\d pts/);
    expect(Number(en['Pages'])).toBe(files['en-final']?.pages);
  });

  it('numbers every page «N / M» and prints the short hash on each', () => {
    for (const name of ['kk-final', 'ru-draft', 'en-final']) {
      const pages = files[name]?.pages ?? 0;
      const hash = models[name]?.footer.hashShort ?? '?';
      for (let p = 1; p <= pages; p++) {
        const t = text(file(name), p);
        expect(t, `${name} p${p}`).toContain(`${p} / ${pages}`);
        expect(t, `${name} p${p}`).toContain(hash);
      }
    }
  });

  it('repeats the table header at the top of page 2 and continues the rows', () => {
    // Raw text is in drawing order: page 2 starts with the header cells, then the next rows.
    const header = squeeze('№ Тыңдаушының аты-жөні Критерийлер бойынша ұпайлар К1 К2 К3 К4 К5 Нақты балл Қорытынды балл Баға');
    for (const p of [1, 2, 3]) expect(squeeze(text(file('kk-final'), p, '-raw')), `page ${p}`).toContain(header);
    expect(squeeze(text(file('kk-final'), 2, '-raw')).startsWith(header)).toBe(true);
    expect(squeeze(text(file('ru-draft'), 2, '-raw')).startsWith(squeeze('№ Ф. И. О. слушателя Баллы по критериям'))).toBe(true);
    const page2 = text(file('kk-final'), 2).split('\n');
    const firstRow = page2.find((l) => /^\s*\d+\s+\S/.test(l)) ?? '';
    expect(Number(/^\s*(\d+)/.exec(firstRow)?.[1])).toBeGreaterThan(10);
  });

  it('renders every Kazakh letter, the names and the numbers in the language’s format', () => {
    const all = text(file('kk-final'));
    for (const ch of KAZAKH_LETTERS) expect(all, ch).toContain(ch);
    const raw = squeeze(text(file('kk-final'), undefined, '-raw'));
    for (const name of KAZAKH_NAMES) expect(raw).toContain(squeeze(name));
    const block = models['kk-final']?.sections[0]?.blocks[0];
    const exact = Number(block?.kind === 'table' ? block.table.rows[0]?.[7] : Number.NaN);
    expect(exact).toBeGreaterThan(0);
    expect(text(file('kk-final'), 1)).toContain(formatNumber(exact, 2, 'kk'));
    expect(formatNumber(exact, 2, 'kk')).toMatch(/,\d\d$/);
    expect(text(file('en-final'), 1)).toContain(formatNumber(exact, 2, 'en'));
    expect(all).toMatch(/Барлығы\s+200/);
  });

  it('wraps the 300-character name inside its cell, whole', () => {
    expect(squeeze(text(file('kk-final'), 1, '-raw'))).toContain(squeeze(LONG_NAME));
  });

  it('keeps the signature block together on the last page', () => {
    const pages = files['kk-final']?.pages ?? 0;
    const last = text(file('kk-final'), pages);
    for (const s of models['kk-final']?.signatures?.signatories ?? []) expect(last).toContain(s.name);
    expect(last).toContain('Төраға');
    expect(last).toContain('Хатшы');
  });

  it('draws the QR code of the payload (number + full hash) on every page, module for module', () => {
    const model = models['kk-final'];
    const payload = model?.footer.qrPayload ?? '';
    expect(payload).toContain(`SHA-256: ${model?.footer.hashShort ?? '?'}`);
    const { size, runs } = qrRuns(payload);
    const dark = new Set(runs.flatMap(([r, c, l]) => Array.from({ length: l }, (_, i) => r * size + c + i)));
    const dpi = 288;
    const k = dpi / 72;
    const box = qrBox({ width: 595.28, height: 841.89 }, pageMargins('portrait'));
    const crop = { x: Math.floor(box.x * k), y: Math.floor(box.y * k), w: Math.ceil(box.size * k) + 2, h: Math.ceil(box.size * k) + 2 };
    for (let p = 1; p <= (files['kk-final']?.pages ?? 0); p++) {
      const img = pageGray(file('kk-final'), p, dpi, crop);
      let same = 0;
      for (let r = 0; r < size; r++) {
        for (let c = 0; c < size; c++) {
          const x = Math.round((box.x + ((c + 0.5) * box.size) / size) * k) - crop.x;
          const y = Math.round((box.y + ((r + 0.5) * box.size) / size) * k) - crop.y;
          const isDark = (img.data[y * img.width + x] ?? 255) < 128;
          if (isDark === dark.has(r * size + c)) same++;
        }
      }
      expect(same, `page ${p}`).toBe(size * size);
    }
  });

  it('marks drafts «ЖОБА / ПРОЕКТ / DRAFT» on every page, diagonally too; finals carry no mark', () => {
    for (const name of ['kk-draft', 'ru-draft']) {
      for (let p = 1; p <= (files[name]?.pages ?? 0); p++) expect(text(file(name), p), `${name} p${p}`).toContain(DRAFT_MARK);
    }
    for (const name of ['kk-final', 'en-final']) {
      const raw = text(file(name), undefined, '-raw');
      expect(raw).not.toMatch(/ЖОБА|ПРОЕКТ|DRAFT/);
    }
    // The diagonal mark: the draft has ink the final lacks along the page's diagonal.
    const box = { x0: 0.3, y0: 0.3, x1: 0.7, y1: 0.7 };
    for (const p of [1, files['kk-final']?.pages ?? 1]) {
      const draftInk = inkShare(pageGray(file('kk-draft'), p, 40), box, 250);
      const finalInk = inkShare(pageGray(file('kk-final'), p, 40), box, 250);
      expect(draftInk, `page ${p}`).toBeGreaterThan(finalInk + 0.03);
    }
  });

  it('is reproducible: the same model gives the same bytes', async () => {
    const again = await renderToFile(sampleDocument({ lang: 'kk' }), 'pdf', join(dir, 'again.pdf'));
    expect(readFileSync(again.file).equals(readFileSync(file('kk-final')))).toBe(true);
  });

  it('page 1 looks like the reference image (test/reference/documents/sample-kk.png)', () => {
    const png = join(dir, 'page1');
    spawnSync('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', '1', '-singlefile', file('kk-final'), png]);
    // UPDATE_REFERENCE=1 after a deliberate change of the layout; look at the new image first.
    if (process.env['UPDATE_REFERENCE'] === '1') copyFileSync(`${png}.png`, REFERENCE);
    expect(existsSync(REFERENCE)).toBe(true);
    const diff = meanDiff(readPngGray(`${png}.png`), readPngGray(REFERENCE));
    expect(diff).toBeLessThan(2);
  });
});
