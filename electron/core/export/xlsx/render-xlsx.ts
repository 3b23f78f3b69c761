import { stat } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { countRows } from '../../../../shared/documents/check';
import { DRAFT_MARK, type DocSection, type DocTable, type DocumentModel } from '../../../../shared/documents/view-model';
import type { RenderOptions, RenderStats } from '../render-types';
import { gridWidths, SheetGrid } from './sheet-grid';
import { writeDraftRow, writeFooterFacts, writeHeaderFacts, writeSection, writeSignatures, writeTitle } from './xlsx-blocks';
import { headerFooterText, sheetName } from './xlsx-style';
import type { HeaderRows } from './xlsx-table';

/** Printable width of A4 in Excel character units at 100 % (fit-to-width absorbs the rest). */
const PRINT_WIDTH = { portrait: 92, landscape: 138 } as const;

interface SheetPlan {
  readonly name: string;
  readonly sections: readonly DocSection[];
  readonly isFirst: boolean;
  readonly isLast: boolean;
}

function planSheets(model: DocumentModel): SheetPlan[] {
  const taken = new Set<string>();
  if (!model.sheetPerSection || model.sections.length <= 1) {
    return [{ name: sheetName(model.sections[0]?.sheetName ?? model.title, taken), sections: model.sections, isFirst: true, isLast: true }];
  }
  return model.sections.map((s, i) => ({
    name: sheetName(s.sheetName ?? s.heading ?? `${i + 1}`, taken),
    sections: [s],
    isFirst: i === 0,
    isLast: i === model.sections.length - 1,
  }));
}

function widestTable(sections: readonly DocSection[]): DocTable | undefined {
  let best: DocTable | undefined;
  for (const s of sections) {
    for (const b of s.blocks) {
      if (b.kind === 'table' && (!best || b.table.columns.length > best.columns.length)) best = b.table;
    }
  }
  return best;
}

function setupPage(ws: ExcelJS.Worksheet, model: DocumentModel, header: HeaderRows | null): void {
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9, // A4
    orientation: model.orientation,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.79, right: 0.4, top: 0.6, bottom: 0.75, header: 0.3, footer: 0.3 },
    ...(header ? { printTitlesRow: `${header.top}:${header.bottom}` } : {}),
  };
  const hash = headerFooterText(`${model.footer.hashLabel}: ${model.footer.hashShort}`);
  ws.headerFooter = {
    ...ws.headerFooter,
    oddHeader: model.draft ? `&C&"Times New Roman,Bold"&14${headerFooterText(DRAFT_MARK)}` : '',
    oddFooter: `&L&8${hash}&C&P / &N`,
  };
  if (header) ws.views = [{ state: 'frozen', xSplit: 0, ySplit: header.bottom, topLeftCell: `A${header.bottom + 1}` }];
}

/** Builds the workbook of `model` in memory (one sheet, or one per section). */
export async function buildWorkbook(model: DocumentModel, options: RenderOptions = {}): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  const created = model.createdAt ? new Date(model.createdAt) : new Date();
  wb.creator = 'Attesta';
  wb.title = model.title;
  wb.created = created;
  wb.modified = created;

  const total = countRows(model);
  let done = 0;
  const rowDone = (): void => options.onProgress?.(++done, total);

  for (const plan of planSheets(model)) {
    const ws = wb.addWorksheet(plan.name);
    const grid = new SheetGrid(ws, gridWidths(widestTable(plan.sections), PRINT_WIDTH[model.orientation]));
    if (model.draft) writeDraftRow(grid);
    writeTitle(grid, model.header.titleLines);
    if (plan.isFirst) writeHeaderFacts(grid, model.header);
    let header: HeaderRows | null = null;
    for (const section of plan.sections) {
      const h = writeSection(grid, section, rowDone);
      header ??= h;
    }
    if (plan.isLast && model.signatures && model.signatures.signatories.length > 0) writeSignatures(grid, model.signatures);
    writeFooterFacts(grid, model);
    setupPage(ws, model, header);
  }
  return wb;
}

/**
 * Renders `model` as an .xlsx workbook at `file`. Deflate level 1: these workbooks are small,
 * and the default level spent more time compressing than building the sheet.
 */
export async function renderXlsx(model: DocumentModel, file: string, options: RenderOptions = {}): Promise<RenderStats> {
  const wb = await buildWorkbook(model, options);
  await wb.xlsx.writeFile(file, { zip: { compression: 'DEFLATE', compressionOptions: { level: 1 } } });
  return { bytes: (await stat(file)).size, sheets: wb.worksheets.length };
}
