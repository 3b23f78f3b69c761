import { readFileSync, statSync } from 'node:fs';
import type { Channel, ChannelInput, ChannelResult } from '../../shared/api/contract';
import { AppError, isAppError } from '../../shared/domain/errors';
import { parseDesignText } from '../../shared/domain/parse-design';
import { validateDesign } from '../../shared/domain/validate-design';
import { openCore, type Core } from '../core/core';
import { resolveDataDir } from '../core/data-dir';
import { dispatch } from '../core/dispatch';
import { numberList, number, parseCli, required, type CliArgs } from './args';
import { drawCommand, importBankCommand, importRefusedMessage, printVariantsCommand } from './bank-commands';
import { USAGE } from './usage';
import { exportDocument, inThreadRenderer, type ExportRequest } from '../core/services/documents/export';
import { MAX_IMPORT_BYTES } from '../core/services/listener-import';

/** Where the CLI writes: standard output (JSON only) and standard error. */
export type CliIo = { out: (text: string) => void; err: (text: string) => void };

const MAX_TEMPLATE_FILE = 5 * 1024 * 1024;

async function call<C extends Channel>(core: Core, channel: C, input: ChannelInput<C>): Promise<ChannelResult<C>> {
  const envelope = await dispatch(core.handlers, channel, input, (_, e) => {
    throw e;
  });
  if (!envelope.ok) throw new AppError(envelope.error.code, envelope.error.message, envelope.error.field ?? null);
  return envelope.value as ChannelResult<C>;
}

/** A result printed on stdout that still exits 2 (e.g. an import report with errors). */
class PartialFailure {
  constructor(
    readonly value: unknown,
    readonly message: string,
  ) {}
}

function fileSize(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    throw new AppError('bad_input', `cannot read ${file}: no such file`, 'file');
  }
}

function readTemplateFile(file: string): string {
  const size = fileSize(file);
  if (size > MAX_TEMPLATE_FILE) throw new AppError('bad_input', `${file} is ${size} bytes; a template file is at most 5 MB`, 'file');
  return readFileSync(file, 'utf8');
}

async function withCore<T>(args: CliArgs, work: (core: Core) => Promise<T>): Promise<T> {
  const core = openCore(resolveDataDir(args.values['data-dir'] as string | undefined));
  try {
    return await work(core);
  } finally {
    core.close();
  }
}

async function execute(args: CliArgs): Promise<unknown> {
  switch (args.command) {
    case 'templates':
      return withCore(args, (core) => call(core, 'template:list', {}));
    case 'grade': {
      const template = required(args, 'template');
      const scores = args.values.scores;
      const percent = args.values.percent;
      if ((typeof scores === 'string') === (typeof percent === 'string')) {
        throw new AppError('bad_input', 'give either --scores a,b,… or --percent P', 'scores');
      }
      const input =
        typeof scores === 'string' ? { template, scores: numberList(scores, 'scores') } : { template, percent: number(String(percent), 'percent') };
      return withCore(args, (core) => call(core, 'grade:compute', input));
    }
    case 'export-template': {
      const id = args.positionals[0];
      if (!id) throw new AppError('bad_input', 'export-template needs a template id', 'id');
      return withCore(args, (core) => call(core, 'template:get', { id }));
    }
    case 'validate-template': {
      const file = args.positionals[0];
      if (!file) throw new AppError('bad_input', 'validate-template needs a file', 'file');
      return validateDesign(parseDesignText(readTemplateFile(file)));
    }
    case 'aggregate': {
      const template = required(args, 'template');
      const rule = required(args, 'rule');
      if (rule !== 'mean' && rule !== 'median' && rule !== 'trimmed') {
        throw new AppError('bad_input', `--rule must be mean, median or trimmed, not "${rule}"`, 'rule');
      }
      const sheets = required(args, 'sheets')
        .split(';')
        .map((s, k) => numberList(s, `sheets[${k + 1}]`));
      return withCore(args, (core) => call(core, 'aggregate:compute', { template, rule, sheets }));
    }
    case 'demo':
      return withCore(args, (core) => call(core, 'demo:load', {}));
    case 'import-bank': {
      const file = args.positionals[0];
      if (!file) throw new AppError('bad_input', 'import-bank needs a file', 'file');
      const dryRun = args.values['dry-run'] === true;
      const opts = { format: args.values.format as string | undefined, programme: args.values.programme as string | undefined, dryRun };
      const outcome = await withCore(args, (core) => importBankCommand(file, opts, core.ctx.db, core.ctx.now()));
      return outcome.hasErrors && !dryRun ? new PartialFailure(outcome.report, importRefusedMessage(outcome)) : outcome.report;
    }
    case 'export': {
      const doc = required(args, 'doc');
      const format = required(args, 'format');
      const lang = required(args, 'lang');
      if (!['protocol', 'sheets', 'statement', 'summary'].includes(doc)) throw new AppError('bad_input', `--doc must be protocol, sheets, statement or summary, not "${doc}"`, 'doc');
      if (format !== 'pdf' && format !== 'xlsx') throw new AppError('bad_input', `--format must be pdf or xlsx, not "${format}"`, 'format');
      if (lang !== 'kk' && lang !== 'ru' && lang !== 'en') throw new AppError('bad_input', `--lang must be kk, ru or en, not "${lang}"`, 'lang');
      const id = (name: string) => (typeof args.values[name] === 'string' ? number(String(args.values[name]), name) : undefined);
      const request = {
        doc: doc as ExportRequest['doc'], format, lang, out: required(args, 'out'), draft: args.values.draft === true,
        words: args.values.words === true,
        sessionId: id('session'), sittingId: id('sitting'), cohortId: id('cohort'),
      } satisfies ExportRequest;
      return withCore(args, (core) => exportDocument(core.ctx, request, inThreadRenderer(core.ctx.fontDir)));
    }
    case 'draw':
      return drawCommand({
        bank: required(args, 'bank'),
        perTopic: number(required(args, 'per-topic'), 'per-topic'),
        examinees: number(required(args, 'examinees'), 'examinees'),
        seed: required(args, 'seed'),
      });
    case 'print-variants': {
      const opt = (name: string) => (typeof args.values[name] === 'string' ? String(args.values[name]) : undefined);
      const opts = { sitting: opt('sitting'), bank: opt('bank'), blueprint: opt('blueprint'), examinees: opt('examinees'), seed: opt('seed'), parts: required(args, 'parts'), lang: required(args, 'lang'), out: opt('out') };
      return withCore(args, (core) => printVariantsCommand(core.ctx, opts));
    }
    case 'import-listeners': {
      const file = args.positionals[0];
      if (!file) throw new AppError('bad_input', 'import-listeners needs a file', 'file');
      const cohortId = number(required(args, 'cohort'), 'cohort');
      const size = fileSize(file);
      if (size > MAX_IMPORT_BYTES) throw new AppError('file_too_large', `${file} is ${size} bytes; at most 20 MB`, 'file');
      const fileBase64 = readFileSync(file).toString('base64');
      const dryRun = args.values['dry-run'] === true;
      const report = await withCore(args, (core) => call(core, 'listener:import', { cohortId, fileBase64, dryRun }));
      if (!dryRun && report.errors.length > 0) {
        return new PartialFailure(report, `${report.errors.length} problem(s) in the file; nothing was imported`);
      }
      return report;
    }
    default:
      throw new AppError('bad_input', args.command ? `unknown command "${args.command}"; try --help` : 'no command given; try --help');
  }
}

/** Runs one command line; returns the exit code (0 ok, 2 bad input, 1 internal). */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  try {
    const args = parseCli(argv);
    if (args.values.help) {
      io.err(USAGE);
      return 0;
    }
    const result = await execute(args);
    if (result instanceof PartialFailure) {
      io.out(`${JSON.stringify(result.value, null, 2)}\n`);
      io.err(`error: bad_input: ${result.message}\n`);
      return 2;
    }
    io.out(`${JSON.stringify(result, null, 2)}\n`);
    return 0;
  } catch (e) {
    if (isAppError(e) && e.code !== 'internal') {
      io.err(`error: ${e.code}: ${e.message}\n`);
      return 2;
    }
    io.err(`error: internal: ${(e as Error).message}\n`);
    return 1;
  }
}
