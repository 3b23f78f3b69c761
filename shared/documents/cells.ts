import type { Lang } from '../domain/localized';
import type { Align, CellValue, DocCell, DocColumn, DocRow, HeaderGroup, RichCell, TotalFormula } from './view-model';

/** A cell placed on the column grid: where it starts and how many columns it covers. */
export interface PlacedCell {
  readonly col: number;
  readonly span: number;
  readonly value: CellValue;
  readonly bold: boolean;
  readonly align: Align | undefined;
  readonly formula: TotalFormula | undefined;
}

/** Whether a cell carries options (as opposed to a bare value). */
export function isRichCell(cell: DocCell): cell is RichCell {
  return cell !== null && typeof cell === 'object';
}

/** Places a row's cells on the column grid, left to right, honouring `colSpan`. */
export function placeRow(row: DocRow): PlacedCell[] {
  let col = 0;
  return row.map((cell) => {
    const rich = isRichCell(cell);
    const span = rich ? Math.max(1, Math.trunc(cell.colSpan ?? 1)) : 1;
    const placed: PlacedCell = {
      col,
      span,
      value: rich ? cell.value : cell,
      bold: rich ? cell.bold === true : false,
      align: rich ? cell.align : undefined,
      formula: rich ? cell.formula : undefined,
    };
    col += span;
    return placed;
  });
}

/** The number of grid columns a row covers. */
export function rowWidth(row: DocRow): number {
  return placeRow(row).reduce((sum, c) => sum + c.span, 0);
}

/** How a header cell sits in a two-row header (merged in Excel, drawn so in PDF). */
export interface HeaderCellPlacement {
  readonly text: string;
  readonly col: number;
  readonly span: number;
  /** 0: top row; 1: bottom row. */
  readonly row: 0 | 1;
  /** 2 when a column without a group covers both header rows. */
  readonly rowSpan: 1 | 2;
}

/** Lays out a table's header: one row, or two when `groups` are given. */
export function placeHeader(columns: readonly DocColumn[], groups?: readonly HeaderGroup[]): HeaderCellPlacement[] {
  if (!groups || groups.length === 0) {
    return columns.map((c, col) => ({ text: c.header, col, span: 1, row: 0, rowSpan: 1 }));
  }
  const out: HeaderCellPlacement[] = [];
  let col = 0;
  for (const group of groups) {
    const span = Math.max(1, Math.trunc(group.span));
    if (group.text === null) {
      for (let i = col; i < col + span; i++) {
        out.push({ text: columns[i]?.header ?? '', col: i, span: 1, row: 0, rowSpan: 2 });
      }
    } else {
      out.push({ text: group.text, col, span, row: 0, rowSpan: 1 });
      for (let i = col; i < col + span; i++) {
        out.push({ text: columns[i]?.header ?? '', col: i, span: 1, row: 1, rowSpan: 1 });
      }
    }
    col += span;
  }
  return out;
}

const LOCALES: Readonly<Record<Lang, string>> = { kk: 'kk-KZ', ru: 'ru-RU', en: 'en-GB' };

const formatters = new Map<string, Intl.NumberFormat>();

/**
 * `value` ≥ 0 with `decimals` places, rounded half-up on its shortest decimal form, as
 * Intl.NumberFormat rounds (1.005 → «1.01», where toFixed gives «1.00»); null when the
 * shortest form has an exponent (Intl then decides).
 */
function plainFixed(value: number, decimals: number): string | null {
  const text = String(value);
  if (text.includes('e')) return null;
  const dot = text.indexOf('.');
  const whole = dot < 0 ? text : text.slice(0, dot);
  const fraction = dot < 0 ? '' : text.slice(dot + 1);
  let digits = whole + fraction.slice(0, decimals).padEnd(decimals, '0');
  if ((fraction[decimals] ?? '0') >= '5') digits = (BigInt(digits) + 1n).toString().padStart(decimals + 1, '0');
  return decimals === 0 ? digits : `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
}

/** A number as the document's language writes it (kk/ru: «84,50»; en: «84.50»), no grouping. */
export function formatNumber(value: number, decimals: number | undefined, lang: Lang): string {
  // A table's common cases (whole points, fixed decimals) without Intl, which cost more than
  // the rest of drawing a cell; the digits are Intl's (see plainFixed and its test).
  if (value >= 0 && !Object.is(value, -0)) {
    const plain = decimals === undefined ? (Number.isInteger(value) ? plainFixed(value, 0) : null) : plainFixed(value, decimals);
    if (plain !== null) return lang === 'en' ? plain : plain.replace('.', ',');
  }
  const key = `${lang}:${decimals ?? 'auto'}`;
  let f = formatters.get(key);
  if (!f) {
    f =
      decimals === undefined
        ? new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 6, useGrouping: false })
        : new Intl.NumberFormat(LOCALES[lang], {
            minimumFractionDigits: decimals,
            maximumFractionDigits: decimals,
            useGrouping: false,
          });
    formatters.set(key, f);
  }
  return f.format(value);
}

/** A cell's text for print: numbers formatted for the language, null as empty. */
export function cellText(value: CellValue, column: DocColumn | undefined, lang: Lang): string {
  if (value === null) return '';
  if (typeof value === 'number') return formatNumber(value, column?.format?.decimals, lang);
  return value;
}

/** The alignment a cell gets: its own, else its column's, else right for numbers, left for text. */
export function cellAlign(cell: PlacedCell, column: DocColumn | undefined): Align {
  return cell.align ?? column?.align ?? (typeof cell.value === 'number' ? 'right' : 'left');
}

/** What a column formula gives over the numbers of the data rows (null when there are none). */
export function evaluateTotal(formula: TotalFormula, values: readonly number[]): number | null {
  if (values.length === 0) return formula === 'sum' ? 0 : null;
  switch (formula) {
    case 'sum':
      return values.reduce((a, b) => a + b, 0);
    case 'average':
      return values.reduce((a, b) => a + b, 0) / values.length;
    case 'min':
      return Math.min(...values);
    case 'max':
      return Math.max(...values);
  }
}

/** The numbers in one column of the data rows (cells that start in that column). */
export function columnNumbers(rows: readonly DocRow[], col: number): number[] {
  const out: number[] = [];
  for (const row of rows) {
    for (const cell of placeRow(row)) {
      if (cell.col === col && typeof cell.value === 'number') out.push(cell.value);
    }
  }
  return out;
}
