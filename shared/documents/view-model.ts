import type { Lang } from '../domain/localized';

// The one shape every printed document takes (protocols, score sheets, statements, summaries).
// Builders fill it from a locked snapshot with text already translated; the PDF and Excel
// renderers only draw it, so both files always say the same thing.

/** The mark across every page of a draft or blank sheet, in all three languages at once. */
export const DRAFT_MARK = 'ЖОБА / ПРОЕКТ / DRAFT';

/** Horizontal alignment of a column or a cell. */
export type Align = 'left' | 'center' | 'right';

/** Page orientation of a printed document (always A4). */
export type Orientation = 'portrait' | 'landscape';

/** How a numeric column shows numbers: a fixed count of decimals (0 = whole numbers). */
export interface NumberFormat {
  readonly decimals: number;
}

/** A label and its value, already translated (e.g. «Өткізілген орны» / «Аудитория 204»). */
export interface LabeledValue {
  readonly label: string;
  readonly value: string;
}

/** The top of the first page: centred title lines, number and date, then key/value rows. */
export interface DocHeader {
  readonly titleLines: readonly string[];
  readonly number?: LabeledValue;
  readonly date?: LabeledValue;
  readonly meta: readonly LabeledValue[];
}

/** A table column; `width` is a relative weight (the renderers share out the page width). */
export interface DocColumn {
  readonly header: string;
  readonly width: number;
  readonly align?: Align;
  readonly format?: NumberFormat;
}

/**
 * A group heading above consecutive column headers (merged across `span` columns);
 * `text: null` leaves the columns under it ungrouped, their headers spanning both rows.
 */
export interface HeaderGroup {
  readonly text: string | null;
  readonly span: number;
}

/** What a cell holds: text, a number (kept a number in Excel) or nothing. */
export type CellValue = string | number | null;

/** A column total that Excel computes with a formula over the data rows above it. */
export type TotalFormula = 'sum' | 'average' | 'min' | 'max';

/**
 * A cell with options. `formula` is only for the totals row: Excel gets the formula over this
 * column's data rows with `value` as its cached result, which must equal what the formula gives.
 */
export interface RichCell {
  readonly value: CellValue;
  readonly colSpan?: number;
  readonly bold?: boolean;
  readonly align?: Align;
  readonly formula?: TotalFormula;
}

/** One table cell: a bare value or a value with options. */
export type DocCell = CellValue | RichCell;

/** A row of cells; the column spans of a row add up to the table's column count. */
export type DocRow = readonly DocCell[];

/** A table: repeated header on every printed page, data rows, an optional totals row. */
export interface DocTable {
  readonly caption?: string;
  readonly columns: readonly DocColumn[];
  readonly headerGroups?: readonly HeaderGroup[];
  readonly rows: readonly DocRow[];
  readonly totals?: DocRow;
}

/** One bar of a chart: its label under it and its value (a count) on it. */
export interface ChartBar {
  readonly label: string;
  readonly value: number;
}

/**
 * A bar chart (e.g. a grade distribution): vector bars in the PDF, a table of the same
 * numbers in Excel (see chartTable). The headers head that table; `shareHeader` adds a
 * column of each bar's share of the total in percent.
 */
export interface DocChart {
  readonly caption: string;
  readonly labelHeader: string;
  readonly valueHeader: string;
  readonly shareHeader?: string;
  readonly bars: readonly ChartBar[];
}

/** A piece of a section's body, in reading order. */
export type DocBlock =
  | { readonly kind: 'paragraph'; readonly text: string; readonly style?: 'normal' | 'bold' | 'italic' }
  | { readonly kind: 'table'; readonly table: DocTable }
  | { readonly kind: 'chart'; readonly chart: DocChart };

/** A titled part of the document; it becomes its own sheet when `sheetPerSection` is set. */
export interface DocSection {
  readonly heading?: string;
  readonly sheetName?: string;
  readonly pageBreakBefore?: boolean;
  readonly blocks: readonly DocBlock[];
}

/** One signature line: «Төраға ________ А. Б. Сейітқали». */
export interface Signatory {
  readonly role: string;
  readonly name: string;
}

/** The signature lines at the end, printed together on one page. */
export interface SignatureBlock {
  readonly heading?: string;
  readonly signatories: readonly Signatory[];
  /** Small text under each line, e.g. «(қолы)». */
  readonly lineCaption?: string;
}

/** What every page's footer carries (decisions §6): the short hash and the QR payload. */
export interface DocFooter {
  readonly hashLabel: string;
  readonly hashShort: string;
  readonly qrPayload: string | null;
  readonly note?: string;
}

/** A complete printable document, independent of PDF or Excel. */
export interface DocumentModel {
  readonly lang: Lang;
  readonly orientation: Orientation;
  readonly draft: boolean;
  /** File metadata title (PDF info, workbook title, default sheet name). */
  readonly title: string;
  /** ISO timestamp of the snapshot; makes file metadata reproducible. */
  readonly createdAt?: string;
  readonly header: DocHeader;
  readonly sections: readonly DocSection[];
  readonly signatures: SignatureBlock | null;
  readonly footer: DocFooter;
  /** Excel only: one sheet per section instead of one sheet for the whole document. */
  readonly sheetPerSection?: boolean;
}
