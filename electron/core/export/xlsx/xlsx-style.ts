import type { Borders, Fill, Font } from 'exceljs';
import type { TotalFormula } from '../../../../shared/documents/view-model';

// Times New Roman is the font official papers in Kazakhstan are typed in; Windows' copy has
// every Kazakh letter, and LibreOffice maps it to Liberation Serif 2 (which has them too).
// PT Serif is embedded in the PDFs only: Excel cannot embed fonts.
const FACE = 'Times New Roman';

/** Fonts of the sheet parts. */
export const FONTS = {
  body: { name: FACE, size: 11 },
  table: { name: FACE, size: 10 },
  tableBold: { name: FACE, size: 10, bold: true },
  bold: { name: FACE, size: 11, bold: true },
  title: { name: FACE, size: 13, bold: true },
  draft: { name: FACE, size: 14, bold: true, color: { argb: 'FFC00000' } },
  small: { name: FACE, size: 8, italic: true, color: { argb: 'FF555555' } },
  footer: { name: FACE, size: 9, color: { argb: 'FF333333' } },
} satisfies Record<string, Partial<Font>>;

const THIN = { style: 'thin' as const, color: { argb: 'FF000000' } };

/** A thin black grid around a table cell. */
export const GRID: Partial<Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** The line a signature goes on. */
export const SIGN_LINE: Partial<Borders> = { bottom: THIN };

/** Light grey behind header cells. */
export const HEADER_FILL: Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFECECEC' } };

/** A lighter grey behind the totals row. */
export const TOTALS_FILL: Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF5F5F5' } };

/** Excel's number format for a count of decimals: `0`, `0.0`, `0.00` … (Excel localises the separator). */
export function numFmt(decimals: number | undefined): string | undefined {
  if (decimals === undefined) return undefined;
  return decimals <= 0 ? '0' : `0.${'0'.repeat(decimals)}`;
}

/** The Excel function of a totals formula. */
export function excelFunction(formula: TotalFormula): string {
  switch (formula) {
    case 'sum':
      return 'SUM';
    case 'average':
      return 'AVERAGE';
    case 'min':
      return 'MIN';
    case 'max':
      return 'MAX';
  }
}

/** A 1-based column number as Excel letters (1 → A, 27 → AA). */
export function columnLetter(col: number): string {
  let n = col;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Text for the print header/footer, with `&` escaped (it starts a code there). */
export function headerFooterText(text: string): string {
  return text.replace(/&/g, '&&');
}

/** A valid, unique sheet name (≤ 31 characters, none of : \ / ? * [ ]). */
export function sheetName(wanted: string, taken: Set<string>): string {
  const base = wanted.replace(/[:\\/?*[\]]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 31) || 'Sheet';
  let name = base;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${base.slice(0, 31 - ` (${i})`.length)} (${i})`;
  taken.add(name.toLowerCase());
  return name;
}

/** Lines a text needs in a cell `widthChars` wide (a rough fit: Excel does not autofit merged cells). */
export function linesFor(text: string, widthChars: number): number {
  const perLine = Math.max(4, Math.floor(widthChars * 1.15));
  return text.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil(part.length / perLine)), 0);
}
