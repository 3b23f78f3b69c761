import { extname } from 'node:path';
import { assignIds } from '../../../../shared/domain/bank/ids';
import type { ParsedBank } from '../../../../shared/domain/bank/types';
import { AppError } from '../../../../shared/domain/errors';
import { parseAiken } from './aiken-parse';
import { decodeText, type DecodedText } from './decode';
import { parseGift } from './gift-parse';
import { parseMoodleXml } from './moodle-xml-parse';
import { MAX_BANK_FILE, readBankBytes } from './read-file';
import { parseXlsxBank } from './xlsx-bank';

/** The bank formats Attesta reads. */
export const BANK_FORMATS = ['gift', 'aiken', 'moodle-xml', 'xlsx'] as const;

/** One of BANK_FORMATS. */
export type BankFormat = (typeof BANK_FORMATS)[number];

/** A read bank file: its format, text encoding (null for xlsx) and what was parsed, ids assigned. */
export type ImportedBank = { format: BankFormat; encoding: DecodedText['encoding'] | null; parsed: ParsedBank };

function isFormat(value: string): value is BankFormat {
  return (BANK_FORMATS as readonly string[]).includes(value);
}

/** Picks the format: the one asked for, else a zip is xlsx, `.xml` or a leading `<` is Moodle XML, `ANSWER:` lines without braces are Aiken, the rest GIFT. */
export function detectFormat(file: string, bytes: Buffer, asked?: string): BankFormat {
  if (asked !== undefined) {
    if (!isFormat(asked)) throw new AppError('bad_input', `--format must be ${BANK_FORMATS.join(', ')}, not "${asked}"`, 'format');
    return asked;
  }
  const ext = extname(file).toLowerCase();
  if (bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])) || ext === '.xlsx') return 'xlsx';
  const head = bytes.subarray(0, 4096).toString('latin1').replace(/^\uFEFF|^\u00ef\u00bb\u00bf/u, '').trimStart();
  if (ext === '.xml' || head.startsWith('<')) return 'moodle-xml';
  if (ext === '.gift') return 'gift';
  const sample = bytes.subarray(0, 65536).toString('latin1');
  return /^\s*ANSWER\s*:/imu.test(sample) && !sample.includes('{') ? 'aiken' : 'gift';
}

function parseText(format: Exclude<BankFormat, 'xlsx'>, text: string): ParsedBank {
  if (text.includes('\u0000')) throw new AppError('bad_input', `the file is not text, so not ${format}`, 'file');
  if (format === 'moodle-xml') return parseMoodleXml(text);
  const parsed = format === 'gift' ? parseGift(text) : parseAiken(text);
  if (parsed.entries.length === 0 && parsed.errors.length === 0) {
    throw new AppError('bad_input', `no ${format === 'gift' ? 'GIFT' : 'Aiken'} question found in the file: is it really ${format}?`, 'file');
  }
  return parsed;
}

/**
 * Reads a question bank file: refuses files over 20 MB before reading them, decodes text
 * (UTF-8 or a Cyrillic code page), parses it and gives every item its stable id.
 */
export async function importBankFile(file: string, asked?: string): Promise<ImportedBank> {
  return importBankBytes(file, readBankBytes(file), asked);
}

/** The same as importBankFile for bytes already in memory (a file sent by the app); `file` names it. */
export async function importBankBytes(file: string, bytes: Buffer, asked?: string): Promise<ImportedBank> {
  if (bytes.length > MAX_BANK_FILE) {
    throw new AppError('file_too_large', `${file} is ${bytes.length} bytes; a question bank file is at most ${MAX_BANK_FILE / 1024 / 1024} MB`, 'file');
  }
  const format = detectFormat(file, bytes, asked);
  let encoding: DecodedText['encoding'] | null = null;
  let parsed: ParsedBank;
  if (format === 'xlsx') parsed = await parseXlsxBank(bytes);
  else {
    const decoded = decodeText(bytes);
    encoding = decoded.encoding;
    parsed = parseText(format, decoded.text);
  }
  const items = assignIds(parsed.entries.map((e) => e.item));
  return { format, encoding, parsed: { ...parsed, entries: parsed.entries.map((e, i) => ({ where: e.where, item: items[i]! })) } };
}
