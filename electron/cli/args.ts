import { parseArgs } from 'node:util';
import { AppError } from '../../shared/domain/errors';
import { parseDecimal, toNumber } from '../../shared/domain/fraction';

/** The options every command understands. */
const OPTIONS = {
  'data-dir': { type: 'string' },
  template: { type: 'string' },
  scores: { type: 'string' },
  percent: { type: 'string' },
  rule: { type: 'string' },
  sheets: { type: 'string' },
  cohort: { type: 'string' },
  format: { type: 'string' },
  programme: { type: 'string' },
  bank: { type: 'string' },
  blueprint: { type: 'string' },
  parts: { type: 'string' },
  'per-topic': { type: 'string' },
  examinees: { type: 'string' },
  seed: { type: 'string' },
  doc: { type: 'string' },
  session: { type: 'string' },
  sitting: { type: 'string' },
  lang: { type: 'string' },
  out: { type: 'string' },
  draft: { type: 'boolean' },
  words: { type: 'boolean' },
  'dry-run': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** A parsed command line. */
export type CliArgs = { command: string | undefined; positionals: string[]; values: Record<string, string | boolean | undefined> };

/** Parses argv (without node and the script); unknown options are bad input. */
export function parseCli(argv: string[]): CliArgs {
  try {
    const { values, positionals } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true, allowNegative: false });
    return { command: positionals[0], positionals: positionals.slice(1), values };
  } catch (e) {
    throw new AppError('bad_input', (e as Error).message.split('\n')[0] ?? 'bad arguments');
  }
}

/** A required string option. */
export function required(args: CliArgs, name: string): string {
  const v = args.values[name];
  if (typeof v !== 'string' || v === '') throw new AppError('bad_input', `--${name} is required`, name);
  return v;
}

/** Parses "a,b,c" into exact decimal numbers, naming the field of any bad one. */
export function numberList(text: string, field: string): number[] {
  const parts = text.split(',');
  return parts.map((p, i) => {
    const f = parseDecimal(p);
    if (!f) throw new AppError('bad_input', `${field}[${i + 1}] = "${p.trim()}" is not a number`, `${field}[${i + 1}]`);
    return toNumber(f);
  });
}

/** Parses one decimal number option. */
export function number(text: string, field: string): number {
  const f = parseDecimal(text);
  if (!f) throw new AppError('bad_input', `--${field} = "${text}" is not a number`, field);
  return toNumber(f);
}
