import type { Alignment, Borders, Fill, Font, Style, Worksheet } from 'exceljs';
import type { DocTable } from '../../../../shared/documents/view-model';
import { linesFor } from './xlsx-style';

/** How a merged run of cells looks. */
export interface RunStyle {
  readonly font: Partial<Font>;
  readonly align?: Partial<Alignment>;
  readonly border?: Partial<Borders>;
  readonly fill?: Fill;
  readonly numFmt?: string;
}

/**
 * A sheet being written top to bottom on a grid of columns. The grid comes from the widest
 * table of the sheet; narrower tables and text blocks are laid over it with merged cells.
 */
export class SheetGrid {
  /** The next row to write (1-based). */
  row = 1;

  /**
   * One style object per distinct look, shared by every cell that has it: exceljs caches a
   * style's index by object identity when writing, so shared objects are serialised once
   * instead of once per cell (this halves the write time of a 150-row table).
   */
  private readonly styles = new Map<string, Partial<Style>>();
  private readonly byObject = new WeakMap<RunStyle, Partial<Style>>();

  constructor(
    readonly ws: Worksheet,
    /** Column widths in Excel character units. */
    readonly widths: readonly number[],
  ) {
    widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  }

  get cols(): number {
    return this.widths.length;
  }

  /** Width in characters of grid columns `from`…`to` (1-based, inclusive). */
  widthOf(from: number, to: number): number {
    let w = 0;
    for (let c = from; c <= to; c++) w += this.widths[c - 1] ?? 0;
    return w;
  }

  /** The grid column where a share `fraction` of the total width is reached (1 … cols-1). */
  splitAt(fraction: number): number {
    const total = this.widthOf(1, this.cols);
    let acc = 0;
    for (let c = 1; c < this.cols; c++) {
      acc += this.widths[c - 1] ?? 0;
      if (acc >= total * fraction) return c;
    }
    return Math.max(1, this.cols - 1);
  }

  /** Writes `value` into `row`, columns `from`…`to` merged, every cell of the run styled. */
  put(row: number, from: number, to: number, value: string | number | null | { formula: string; result: number | null }, style: RunStyle, rowTo = row): void {
    const shared = this.styleOf(style);
    // Through the row object: ws.getCell(r, c) encodes and decodes an "A1" address each call.
    for (let r = row; r <= rowTo; r++) {
      const wsRow = this.ws.getRow(r);
      for (let c = from; c <= to; c++) wsRow.getCell(c).style = shared;
    }
    const master = this.ws.getRow(row).getCell(from);
    if (value !== null) {
      if (typeof value === 'object') master.value = value.result === null ? { formula: value.formula } : { formula: value.formula, result: value.result };
      else master.value = value;
    }
    if (to > from || rowTo > row) this.ws.mergeCells(row, from, rowTo, to);
  }

  private styleOf(style: RunStyle): Partial<Style> {
    const known = this.byObject.get(style);
    if (known) return known;
    const key = JSON.stringify(style);
    let shared = this.styles.get(key);
    if (!shared) {
      shared = {
        font: style.font,
        ...(style.align ? { alignment: style.align } : {}),
        ...(style.border ? { border: style.border } : {}),
        ...(style.fill ? { fill: style.fill } : {}),
        ...(style.numFmt ? { numFmt: style.numFmt } : {}),
      };
      this.styles.set(key, shared);
    }
    this.byObject.set(style, shared);
    return shared;
  }

  /** Sets a row's height from the lines its texts need (`texts`: text and its width in characters). */
  fitHeight(row: number, texts: readonly { text: string; width: number }[], pointsPerLine: number): void {
    const lines = Math.max(1, ...texts.map((t) => linesFor(t.text, t.width)));
    if (lines > 1) this.ws.getRow(row).height = lines * pointsPerLine + 3;
  }
}

/** Column widths (characters) for a sheet whose widest table is `table`; `total` is the printable width. */
export function gridWidths(table: DocTable | undefined, total: number): number[] {
  if (!table) return Array.from({ length: 6 }, () => total / 6);
  const sum = table.columns.reduce((s, c) => s + c.width, 0);
  return table.columns.map((c) => Math.max(4, Math.round(((c.width / sum) * total) * 10) / 10));
}

/**
 * Where each of a table's columns sits on the grid: `[from, to]` (1-based, inclusive).
 * A table as wide as the grid maps one to one; a narrower one gets runs of merged columns
 * whose widths follow its own column weights.
 */
export function mapColumns(table: DocTable, grid: SheetGrid): [number, number][] {
  const n = table.columns.length;
  if (n >= grid.cols) return table.columns.map((_, i) => [i + 1, i + 1]);
  const sum = table.columns.reduce((s, c) => s + c.width, 0);
  const out: [number, number][] = [];
  let from = 1;
  let acc = 0;
  table.columns.forEach((c, i) => {
    acc += c.width;
    const remaining = n - i - 1;
    let to = i === n - 1 ? grid.cols : Math.max(from, grid.splitAt(acc / sum));
    to = Math.min(to, grid.cols - remaining);
    out.push([from, to]);
    from = to + 1;
  });
  return out;
}
