import type Database from 'better-sqlite3';
import type { BankExportResult } from '../../../../shared/api/channels/banks-types';
import { exportGift } from '../../export/bank/gift';
import { exportMoodleXml } from '../../export/bank/moodle-xml';
import { bankSummaries, requireBank } from './view';

/** A file name from the bank's name: letters (any script), digits, `-` and `_` kept, the rest `-`. */
function safeName(name: string): string {
  const base = name.replace(/\.(gift|txt|xml|xlsx)$/iu, '').replace(/[^\p{L}\p{N}_-]+/gu, '-').replace(/^-+|-+$/g, '');
  return base === '' ? 'bank' : base.slice(0, 80);
}

/** A stored bank as GIFT or Moodle XML text (UTF-8), ready to download. */
export function exportBank(db: Database.Database, bankId: number, format: 'gift' | 'moodle-xml'): BankExportResult {
  const bank = requireBank(db, bankId);
  const summary = bankSummaries(db, null).find((b) => b.id === bankId)!;
  const text = format === 'gift' ? exportGift(bank) : exportMoodleXml(bank);
  const bytes = Buffer.from(text, 'utf8');
  return { fileName: `${safeName(summary.name)}.${format === 'gift' ? 'gift.txt' : 'xml'}`, base64: bytes.toString('base64'), bytes: bytes.length, items: bank.items.length };
}
