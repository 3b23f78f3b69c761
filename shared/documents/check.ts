import { columnNumbers, evaluateTotal, placeRow, rowWidth } from './cells';
import type { DocChart, DocTable, DocumentModel } from './view-model';

/** One thing wrong with a document model, with where it is (e.g. `sections[1].blocks[0].rows[7]`). */
export interface DocumentProblem {
  readonly path: string;
  readonly message: string;
}

const TOLERANCE = 1e-9;

function checkTable(table: DocTable, at: string): DocumentProblem[] {
  const problems: DocumentProblem[] = [];
  const n = table.columns.length;
  if (n === 0) problems.push({ path: at, message: 'a table needs at least one column' });
  table.columns.forEach((c, i) => {
    if (!(c.width > 0) || !Number.isFinite(c.width)) {
      problems.push({ path: `${at}.columns[${i}]`, message: 'width must be a positive number' });
    }
    const d = c.format?.decimals;
    if (d !== undefined && !(Number.isInteger(d) && d >= 0 && d <= 6)) {
      problems.push({ path: `${at}.columns[${i}]`, message: 'decimals must be a whole number 0…6' });
    }
  });
  if (table.headerGroups) {
    const covered = table.headerGroups.reduce((s, g) => s + g.span, 0);
    if (covered !== n) problems.push({ path: `${at}.headerGroups`, message: `groups span ${covered} of ${n} columns` });
  }
  table.rows.forEach((row, r) => {
    const w = rowWidth(row);
    if (w !== n) problems.push({ path: `${at}.rows[${r}]`, message: `row covers ${w} of ${n} columns` });
    row.forEach((cell, c) => {
      if (typeof cell === 'number' && !Number.isFinite(cell)) {
        problems.push({ path: `${at}.rows[${r}][${c}]`, message: 'not a finite number' });
      }
      if (cell !== null && typeof cell === 'object' && cell.formula) {
        problems.push({ path: `${at}.rows[${r}][${c}]`, message: 'formulas belong to the totals row only' });
      }
    });
  });
  if (table.totals) {
    const w = rowWidth(table.totals);
    if (w !== n) problems.push({ path: `${at}.totals`, message: `totals cover ${w} of ${n} columns` });
    for (const cell of placeRow(table.totals)) {
      if (!cell.formula) continue;
      const expected = evaluateTotal(cell.formula, columnNumbers(table.rows, cell.col));
      const given = cell.value;
      const ok =
        (expected === null && given === null) ||
        (expected !== null && typeof given === 'number' && Math.abs(expected - given) <= TOLERANCE * Math.max(1, Math.abs(expected)));
      if (!ok) {
        problems.push({
          path: `${at}.totals`,
          message: `column ${cell.col + 1}: ${cell.formula} of the rows is ${String(expected)}, the cell says ${String(given)}`,
        });
      }
    }
  }
  return problems;
}

function checkChart(chart: DocChart, at: string): DocumentProblem[] {
  const problems: DocumentProblem[] = [];
  if (chart.bars.length === 0) problems.push({ path: at, message: 'a chart needs at least one bar' });
  chart.bars.forEach((bar, i) => {
    if (!(bar.value >= 0) || !Number.isFinite(bar.value)) problems.push({ path: `${at}.bars[${i}]`, message: 'a bar needs a finite value ≥ 0' });
  });
  return problems;
}

/**
 * Structural problems that would make the PDF and the Excel file disagree or break: rows that
 * do not cover the columns, bad widths, a totals value that is not what its formula gives.
 */
export function checkDocument(model: DocumentModel): DocumentProblem[] {
  const problems: DocumentProblem[] = [];
  if (model.header.titleLines.length === 0) problems.push({ path: 'header.titleLines', message: 'a document needs a title' });
  model.sections.forEach((section, s) => {
    section.blocks.forEach((block, b) => {
      if (block.kind === 'table') problems.push(...checkTable(block.table, `sections[${s}].blocks[${b}]`));
      if (block.kind === 'chart') problems.push(...checkChart(block.chart, `sections[${s}].blocks[${b}]`));
    });
  });
  return problems;
}

/** The number of data rows (plus totals rows) in a document: the unit of render progress. */
export function countRows(model: DocumentModel): number {
  let total = 0;
  for (const section of model.sections) {
    for (const block of section.blocks) {
      if (block.kind === 'table') total += block.table.rows.length + (block.table.totals ? 1 : 0);
    }
  }
  return total;
}
