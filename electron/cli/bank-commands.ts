import type Database from 'better-sqlite3';
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { variantInputs } from '../../shared/api/channels/variants';
import type { VariantPrintResult } from '../../shared/api/channels/variants-types';
import { perTopicPools, drawVariants } from '../../shared/domain/bank/draw';
import { bankOf, importReport, type ImportReport } from '../../shared/domain/bank/report';
import { AppError } from '../../shared/domain/errors';
import { programmeExists, saveBank } from '../core/db/repos/banks';
import { importBankFile } from '../core/import/bank/index';
import type { CoreContext } from '../core/context';
import { inThreadVariantsRenderer, printVariants } from '../core/services/variants/print';

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

/** Options of `attesta print-variants` as given on the command line. */
export type PrintVariantsOptions = {
  sitting?: string | undefined;
  bank?: string | undefined;
  blueprint?: string | undefined;
  examinees?: string | undefined;
  seed?: string | undefined;
  parts: string;
  lang: string;
  out?: string | undefined;
};

const PARTS = ['variants', 'keys', 'sheets'] as const;
const MAX_BLUEPRINT_FILE = 1024 * 1024;

function positiveId(value: string | undefined, field: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{1,9}$/u.test(value.trim())) throw new AppError('bad_input', `--${field} must be a whole number, not "${value}"`, field);
  return Number(value.trim());
}

/** A built-in blueprint id, or a JSON file holding a blueprint (checked with the channel's schema). */
function blueprintArg(value: string | undefined): unknown {
  if (value === undefined || !/\.json$/iu.test(value)) return value;
  let size: number;
  try {
    size = statSync(value).size;
  } catch {
    throw new AppError('bad_input', `cannot read ${value}: no such file`, 'blueprint');
  }
  if (size > MAX_BLUEPRINT_FILE) throw new AppError('bad_input', `${value} is ${size} bytes; a blueprint file is at most 1 MB`, 'blueprint');
  try {
    return JSON.parse(readFileSync(value, 'utf8')) as unknown;
  } catch {
    throw new AppError('bad_input', `${value} is not JSON`, 'blueprint');
  }
}

/**
 * `attesta print-variants (--sitting ID | --bank ID --blueprint ID|FILE.json --examinees N [--seed S])
 * --parts variants,keys,sheets --lang kk|ru|en [--out FILE]`: the same checks and the same PDF
 * as the `variant:print` channel, rendered in this thread (the process does nothing else).
 */
export async function printVariantsCommand(ctx: CoreContext, opts: PrintVariantsOptions): Promise<VariantPrintResult> {
  const named = opts.parts.split(',').map((p) => p.trim()).filter(Boolean);
  const unknown = named.find((p) => !(PARTS as readonly string[]).includes(p));
  if (unknown !== undefined) throw new AppError('bad_input', `--parts takes ${PARTS.join(', ')}, not "${unknown}"`, 'parts');
  const parsed = variantInputs['variant:print'].safeParse({
    sittingId: positiveId(opts.sitting, 'sitting'),
    bankId: positiveId(opts.bank, 'bank'),
    blueprint: blueprintArg(opts.blueprint),
    examinees: positiveId(opts.examinees, 'examinees'),
    seed: opts.seed,
    parts: { variants: named.includes('variants'), keys: named.includes('keys'), sheets: named.includes('sheets') },
    lang: opts.lang,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path.map(String).join('.') || 'input';
    throw new AppError('bad_input', `${field}: ${issue.message}`, field);
  }
  const { inline: _inline, ...req } = parsed.data;
  return printVariants(ctx, { ...req, out: opts.out }, inThreadVariantsRenderer(ctx.fontDir));
}
