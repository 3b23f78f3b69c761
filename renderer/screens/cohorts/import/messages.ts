import type { TFunction } from 'i18next';
import type { ImportReport } from '../../../../shared/api/channels/people-types';
import { iinProblemOf, iinProblemText } from '../listeners/iin';

/** One refused cell of the import report. */
export type ImportError = ImportReport['errors'][number];

/**
 * A row error of the core's import report in the UI language. The core writes English
 * sentences (zod messages, IIN checks, duplicates); the known ones are matched here, anything
 * else falls back to "this value is not valid" with the column named by the caller.
 */
export function importErrorText(t: TFunction, e: ImportError): string {
  const iin = iinProblemOf(e.message);
  if (iin) return iinProblemText(t, iin);
  const sameRow = /the same (IIN|name) as row (\d+)/.exec(e.message);
  if (sameRow) {
    const row = sameRow[2] ?? '';
    return sameRow[1] === 'IIN' ? t('people.import.sameIinRow', { row }) : t('people.import.sameNameRow', { row });
  }
  if (/the same IIN as a listener/.test(e.message)) return t('people.import.sameIinCohort');
  if (/the same name as a listener/.test(e.message)) return t('people.import.sameNameCohort');
  if (e.field === 'fullName' && /required|too small|>=1/i.test(e.message)) return t('people.listeners.nameRequired');
  if (/too big|<=\d+/i.test(e.message)) return t('people.import.tooLong');
  return t('people.import.badValue');
}

/** The refused cells by row and column, for painting the preview. */
export function errorsByCell(report: ImportReport): Map<string, ImportError[]> {
  const map = new Map<string, ImportError[]>();
  for (const e of report.errors) {
    const key = `${e.row}|${e.field}`;
    map.set(key, [...(map.get(key) ?? []), e]);
  }
  return map;
}
