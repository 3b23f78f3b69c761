import type Database from 'better-sqlite3';
import { basename } from 'node:path';
import { perTopicPools, drawVariants } from '../../shared/domain/bank/draw';
import { bankOf, importReport, type ImportReport } from '../../shared/domain/bank/report';
import { AppError } from '../../shared/domain/errors';
import { programmeExists, saveBank } from '../core/db/repos/banks';
import { importBankFile } from '../core/import/bank/index';

/** Options of `attesta import-bank FILE`. */
export type ImportBankOptions = { format?: string; programme?: string; dryRun: boolean };

/**
 * What `import-bank` did. Print `report` in every case; when `hasErrors` and not a dry run,
 * nothing was written and the command exits 2 (decisions §4). `bankId` is the stored bank.
 */
export type ImportBankOutcome = { report: ImportReport; hasErrors: boolean; written: boolean; bankId: number | null };

/** What `attesta draw` prints. */
export type DrawOutput = { seed: string; perTopic: number; variants: { examinee: number; seed: string; items: string[] }[] };

const MAX_EXAMINEES = 10_000;
const MAX_PER_TOPIC = 1_000;

function programmeId(value: string | undefined, db: Database.Database | null): number | null {
  if (value === undefined) return null;
  if (!/^[1-9]\d{0,15}$/u.test(value.trim())) throw new AppError('bad_input', `--programme must be a programme id (a positive whole number), not "${value}"`, 'programme');
  const id = Number(value.trim());
  if (db && !programmeExists(db, id)) throw new AppError('not_found', `there is no programme ${id}`, 'programme');
  return id;
}

/**
 * `attesta import-bank FILE [--format …] [--programme ID] [--dry-run]`: reads and checks the
 * file; unless a dry run, stores the bank in one transaction when no item failed to parse.
 * Unusable input (missing, over 20 MB, not the format, unknown programme) throws AppError.
 * `db` is needed for a real import (and checks `--programme` on a dry run too).
 */
export async function importBankCommand(file: string, opts: ImportBankOptions, db: Database.Database | null = null, now: Date = new Date()): Promise<ImportBankOutcome> {
  const programme = programmeId(opts.programme, db);
  if (!opts.dryRun && !db) throw new Error('import-bank needs the store for a real import');
  const imported = await importBankFile(file, opts.format);
  const report = importReport(imported.parsed);
  const hasErrors = report.errors.length > 0;
  if (opts.dryRun || hasErrors || !db) return { report, hasErrors, written: false, bankId: null };
  const bankId = saveBank(db, { programmeId: programme, name: basename(file), sourceFile: basename(file), format: imported.format }, bankOf(imported.parsed), now);
  return { report, hasErrors, written: true, bankId };
}

/** The one stderr line for a real import refused because some items did not parse. */
export function importRefusedMessage(outcome: ImportBankOutcome): string {
  const n = outcome.report.errors.length;
  return `${n} item${n === 1 ? '' : 's'} did not parse (see "errors"); nothing was imported. Fix the file or check it with --dry-run`;
}

function wholeNumber(value: number, field: string, max: number): number {
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new AppError('out_of_range', `--${field} must be a whole number from 1 to ${max}, not ${value}`, field);
  }
  return value;
}

/**
 * `attesta draw --bank FILE --per-topic K --examinees N --seed S`: K items per topic for each
 * of N examinees, uniform without repeats, reproducible from S. A topic with fewer than K
 * items makes the request out of range (exit 2); ids are the items' stable ids.
 */
export async function drawCommand(opts: { bank: string; perTopic: number; examinees: number; seed: string }): Promise<DrawOutput> {
  const perTopic = wholeNumber(opts.perTopic, 'per-topic', MAX_PER_TOPIC);
  const examinees = wholeNumber(opts.examinees, 'examinees', MAX_EXAMINEES);
  if (opts.seed === '') throw new AppError('bad_input', '--seed must not be empty', 'seed');
  const bank = bankOf((await importBankFile(opts.bank)).parsed);
  const pools = perTopicPools(bank, perTopic);
  if (pools.length === 0) throw new AppError('bad_input', `${opts.bank} has no items to draw from`, 'bank');
  const variants = drawVariants(bank, pools, { seed: opts.seed, examinees, maxOverlap: null, shuffleItems: false, shuffleOptions: false });
  return {
    seed: opts.seed,
    perTopic,
    variants: variants.map((v) => ({ examinee: v.examinee, seed: v.seed, items: v.items.map((i) => i.id) })),
  };
}
