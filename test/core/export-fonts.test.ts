import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import PDFDocument from 'pdfkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultFontDir, FONT_FILES, fontBytes, type FontStyle } from '../../electron/core/export/fonts';
import { KAZAKH_LETTERS } from '../reference/documents/sample-model';
import { tempDir } from '../helpers/temp-dir';

let dir: string;
let remove: () => void;
beforeAll(() => ({ dir, remove } = tempDir('attesta-fonts-')));
afterAll(() => remove());

const STYLES = Object.keys(FONT_FILES) as FontStyle[];

describe('resources/fonts', () => {
  it('holds the four PT Serif styles, the OFL text naming ParaType, and a README', () => {
    const fonts = defaultFontDir();
    for (const file of Object.values(FONT_FILES)) expect(existsSync(join(fonts, file)), file).toBe(true);
    const ofl = readFileSync(join(fonts, 'OFL.txt'), 'utf8');
    expect(ofl).toContain('SIL OPEN FONT LICENSE Version 1.1');
    expect(ofl).toContain('ParaType');
    expect(readFileSync(join(fonts, 'README.md'), 'utf8')).toContain('OFL.txt');
  });

  it('every Kazakh letter survives a PDF → text round trip in every style, and the fonts are embedded', async () => {
    const file = join(dir, 'letters.pdf');
    const doc = new PDFDocument({ size: 'A4' });
    const out = createWriteStream(file);
    doc.pipe(out);
    for (const style of STYLES) {
      doc.registerFont(style, fontBytes(style));
      doc.font(style).fontSize(14).text(`${style}: ${KAZAKH_LETTERS} «Әділ» №5`);
    }
    doc.end();
    await finished(out);

    const text = spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).stdout;
    for (const style of STYLES) {
      const line = text.split('\n').find((l) => l.includes(`${style}:`)) ?? '';
      for (const ch of KAZAKH_LETTERS) expect(line, `${style} ${ch}`).toContain(ch);
      expect(line).toContain('«Әділ» №5');
    }

    const fonts = spawnSync('pdffonts', [file], { encoding: 'utf8' }).stdout.split('\n').slice(2).filter((l) => l.trim());
    expect(fonts).toHaveLength(4);
    for (const row of fonts) {
      expect(row).toMatch(/PTSerif/);
      expect(row).toMatch(/\byes\s+yes\b/); // embedded, subset
    }
  });
});
