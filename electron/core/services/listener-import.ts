import type Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import type { ImportPreview, ImportReport } from '../../../shared/api/channels/people-types';
import { AppError } from '../../../shared/domain/errors';
import type { Lang } from '../../../shared/domain/localized';
import { listenerFieldsSchema, type ListenerFields } from '../../../shared/schemas/programme-schema';
import { cellText } from '../import/xlsx-cell-text';
import { recordAudit } from './audit';
import { getCohort } from './cohorts';
import { iinMessage, nameKey } from './listeners';
import { prepared } from '../db/prepared';

/** Files above this size are refused before parsing. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
/** More rows than this are refused (a cohort is far smaller). */
export const MAX_IMPORT_ROWS = 20_000;

type Field = keyof ListenerFields;

/** Column headings per language; the reader accepts any of them. */
export const COLUMNS: { field: Field; required: boolean; title: Record<Lang, string> }[] = [
  { field: 'fullName', required: true, title: { kk: 'Аты-жөні', ru: 'ФИО', en: 'Full name' } },
  { field: 'iin', required: false, title: { kk: 'ЖСН', ru: 'ИИН', en: 'IIN' } },
  { field: 'organisation', required: false, title: { kk: 'Ұйым', ru: 'Организация', en: 'Organisation' } },
  { field: 'position', required: false, title: { kk: 'Лауазымы', ru: 'Должность', en: 'Position' } },
  { field: 'topic', required: false, title: { kk: 'Жоба тақырыбы', ru: 'Тема проекта', en: 'Project topic' } },
  { field: 'mentor', required: false, title: { kk: 'Ментор', ru: 'Ментор', en: 'Mentor' } },
];

/** The workbook a secretary fills in: headings in the chosen language, IIN as text. */
export async function listenerTemplateXlsx(lang: Lang): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(lang === 'kk' ? 'Тыңдаушылар' : lang === 'ru' ? 'Слушатели' : 'Listeners');
  ws.columns = COLUMNS.map((c) => ({ header: c.title[lang], key: c.field, width: c.field === 'fullName' || c.field === 'topic' ? 40 : 22 }));
  ws.getRow(1).font = { bold: true };
  ws.getColumn('iin').numFmt = '@';
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function readSheet(buffer: Buffer): Promise<ExcelJS.Worksheet> {
  if (buffer.length > MAX_IMPORT_BYTES) throw new AppError('file_too_large', `the file is ${buffer.length} bytes; at most 20 MB`, 'file');
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw new AppError('not_xlsx', 'the file is not an .xlsx workbook (save it from Excel as .xlsx)', 'file');
  }
  const ws = wb.worksheets[0];
  if (!ws) throw new AppError('not_xlsx', 'the workbook has no sheet', 'file');
  return ws;
}

function headerMap(ws: ExcelJS.Worksheet): Map<Field, number> {
  const map = new Map<Field, number>();
  ws.getRow(1).eachCell((cell, col) => {
    const text = cellText(cell.value).trim().toLocaleLowerCase('kk');
    const column = COLUMNS.find((c) => Object.values(c.title).some((t) => t.toLocaleLowerCase('kk') === text));
    if (column && !map.has(column.field)) map.set(column.field, col);
  });
  const missing = COLUMNS.filter((c) => c.required && !map.has(c.field));
  if (missing.length > 0) {
    throw new AppError('bad_input', `missing column: ${missing.map((c) => `${c.title.en} (${c.title.kk} / ${c.title.ru})`).join(', ')}`, 'columns');
  }
  return map;
}

type Parsed = { row: number; fields: ListenerFields };

/** Reads and checks every row; nothing is written here. */
export async function parseListenerWorkbook(buffer: Buffer): Promise<{ parsed: Parsed[]; report: ImportReport; preview: ImportPreview }> {
  const ws = await readSheet(buffer);
  const columns = headerMap(ws);
  if (ws.rowCount - 1 > MAX_IMPORT_ROWS) throw new AppError('bad_input', `the sheet has ${ws.rowCount - 1} rows; at most ${MAX_IMPORT_ROWS}`, 'file');
  const report: ImportReport = { rows: 0, imported: 0, duplicates: [], errors: [] };
  const parsed: Parsed[] = [];
  const preview: ImportPreview = { columns: COLUMNS.filter((c) => columns.has(c.field)).map((c) => c.field), rows: [] };
  for (let r = 2; r <= ws.rowCount; r += 1) {
    const row = ws.getRow(r);
    const raw = Object.fromEntries(COLUMNS.map((c) => [c.field, columns.has(c.field) ? cellText(row.getCell(columns.get(c.field)!).value).trim() : '']));
    if (Object.values(raw).every((v) => v === '')) continue;
    report.rows += 1;
    preview.rows.push({ row: r, values: { ...(raw as Record<Field, string>) } });
    if (/^\d{9,11}$/.test(raw.iin ?? '')) raw.iin = raw.iin!.padStart(12, '0'); // Excel drops the leading zeros (up to 3) of 2000s IINs
    const result = listenerFieldsSchema.safeParse(Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, v === '' && k !== 'fullName' ? null : v])));
    if (!result.success) {
      for (const issue of result.error.issues) report.errors.push({ row: r, field: String(issue.path[0] ?? 'row'), message: issue.message });
    }
    const iinProblem = iinMessage(raw.iin || null);
    if (iinProblem) report.errors.push({ row: r, field: 'iin', message: iinProblem });
    if (result.success) parsed.push({ row: r, fields: result.data });
  }
  return { parsed, report, preview };
}

function findDuplicates(db: Database.Database, cohortId: number, parsed: Parsed[], report: ImportReport): void {
  const existing = prepared(db, 'SELECT id, full_name, iin FROM listener WHERE cohort_id = ? AND deleted_at IS NULL').all(cohortId) as { id: number; full_name: string; iin: string | null }[];
  const byIin = new Map<string, number | string>(existing.filter((e) => e.iin).map((e) => [e.iin!, `listener:${e.id}`]));
  const byName = new Map<string, number | string>(existing.map((e) => [nameKey(e.full_name), `listener:${e.id}`]));
  for (const p of parsed) {
    const iinTwin = p.fields.iin ? byIin.get(p.fields.iin) : undefined;
    const nameTwin = byName.get(nameKey(p.fields.fullName));
    if (iinTwin !== undefined) {
      report.duplicates.push({ row: p.row, of: iinTwin });
      report.errors.push({ row: p.row, field: 'iin', message: `the same IIN as ${typeof iinTwin === 'number' ? `row ${iinTwin}` : 'a listener already in the cohort'}` });
    } else if (nameTwin !== undefined) {
      report.duplicates.push({ row: p.row, of: nameTwin });
      report.errors.push({ row: p.row, field: 'fullName', message: `the same name as ${typeof nameTwin === 'number' ? `row ${nameTwin}` : 'a listener already in the cohort'}` });
    }
    if (p.fields.iin && !byIin.has(p.fields.iin)) byIin.set(p.fields.iin, p.row);
    if (!byName.has(nameKey(p.fields.fullName))) byName.set(nameKey(p.fields.fullName), p.row);
  }
  report.errors.sort((a, b) => a.row - b.row);
}

/** Imports listeners all-or-nothing: written only when every row is valid and not a dry run. */
export async function importListeners(
  db: Database.Database,
  cohortId: number,
  buffer: Buffer,
  opts: { dryRun: boolean; actor: string; now: Date },
): Promise<ImportReport> {
  return (await importListenersWithPreview(db, cohortId, buffer, opts)).report;
}

/** The import (or dry run) with what the file holds, row by row, for the preview table. */
export async function importListenersWithPreview(
  db: Database.Database,
  cohortId: number,
  buffer: Buffer,
  opts: { dryRun: boolean; actor: string; now: Date },
): Promise<{ report: ImportReport; preview: ImportPreview }> {
  getCohort(db, cohortId);
  const { parsed, report, preview } = await parseListenerWorkbook(buffer);
  findDuplicates(db, cohortId, parsed, report);
  if (opts.dryRun || report.errors.length > 0 || parsed.length === 0) return { report, preview };
  db.transaction(() => {
    const insert = prepared(db, 'INSERT INTO listener (cohort_id, full_name, iin, organisation, position, topic, mentor, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
    for (const { fields: f } of parsed) insert.run(cohortId, f.fullName, f.iin, f.organisation, f.position, f.topic, f.mentor, opts.now.toISOString());
    recordAudit(db, { at: opts.now, actor: opts.actor, action: 'import', entity: 'cohort', entityId: cohortId, after: { rows: parsed.length } });
  })();
  report.imported = parsed.length;
  return { report, preview };
}
