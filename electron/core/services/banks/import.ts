import type Database from 'better-sqlite3';
import type { BankImportResult } from '../../../../shared/api/channels/banks-types';
import { bankOf, importReport } from '../../../../shared/domain/bank/report';
import { AppError } from '../../../../shared/domain/errors';
import { programmeExists, saveBank } from '../../db/repos/banks';
import { importBankBytes } from '../../import/bank/index';
import { MAX_BANK_FILE } from '../../import/bank/read-file';
import { forgetBank } from '../sittings/store';

/** Items shown in an import's preview table; the rest are counted. */
export const PREVIEW_ITEMS = 200;

/** What `bank:import` takes. */
export type BankImportInput = { fileBase64: string; fileName: string; format?: string; programmeId?: number | null; name?: string; dryRun: boolean };

/** The bytes of a base64 file, refused from its length alone when they would exceed 20 MB (before decoding or parsing). */
export function decodeBankFile(base64: string, fileName: string): Buffer {
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  const size = Math.floor((base64.replace(/\s/g, '').length * 3) / 4) - padding;
  if (size > MAX_BANK_FILE) {
    throw new AppError('file_too_large', `${fileName} is ${size} bytes; a question bank file is at most ${MAX_BANK_FILE / 1024 / 1024} MB`, 'file');
  }
  return Buffer.from(base64, 'base64');
}

/**
 * Reads a bank file sent by the app: the report (decisions §4) and the first items for a
 * preview. Unless a dry run, and only when no item failed to parse, stores the bank in one
 * transaction; with any error nothing is written and the report says why.
 */
export async function importBankChannel(db: Database.Database, input: BankImportInput, now: Date): Promise<BankImportResult> {
  const programmeId = input.programmeId ?? null;
  if (programmeId !== null && !programmeExists(db, programmeId)) throw new AppError('not_found', `there is no programme ${programmeId}`, 'programmeId');
  const bytes = decodeBankFile(input.fileBase64, input.fileName);
  if (bytes.length === 0) throw new AppError('bad_input', `${input.fileName} is empty`, 'file');
  const imported = await importBankBytes(input.fileName, bytes, input.format);
  const report = importReport(imported.parsed);
  const preview = imported.parsed.entries.slice(0, PREVIEW_ITEMS).map(({ where, item }) => ({ where, id: item.id, type: item.type, topic: [...item.topic], text: item.text }));
  const result = { report, format: imported.format, encoding: imported.encoding, preview, more: Math.max(0, imported.parsed.entries.length - PREVIEW_ITEMS) };
  if (input.dryRun || report.errors.length > 0 || report.items === 0) return { ...result, written: false, bankId: null };
  const source = { programmeId, name: input.name ?? input.fileName, sourceFile: input.fileName, format: imported.format };
  const bankId = saveBank(db, source, bankOf(imported.parsed), now);
  forgetBank(db, bankId);
  return { ...result, written: true, bankId };
}
