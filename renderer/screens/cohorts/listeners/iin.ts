import type { TFunction } from 'i18next';
import { checkIin, type IinProblem } from '../../../../shared/domain/iin';
import { assertNever } from '../../../assert-never';

/** An IIN with its middle hidden: 850314•••••9 (birth date and control digit stay visible). */
export function maskIin(iin: string | null): string {
  if (!iin) return '—';
  return iin.length === 12 ? `${iin.slice(0, 6)}•••••${iin.slice(11)}` : iin;
}

/** Why an IIN is refused, in the UI language. */
export function iinProblemText(t: TFunction, problem: IinProblem): string {
  switch (problem) {
    case 'not_12_digits':
      return t('people.iin.not_12_digits');
    case 'bad_date':
      return t('people.iin.bad_date');
    case 'bad_century':
      return t('people.iin.bad_century');
    case 'bad_control_digit':
      return t('people.iin.bad_control_digit');
    case 'unusable':
      return t('people.iin.unusable');
    default:
      return assertNever(problem);
  }
}

/** Checks a typed IIN (empty is allowed): the translated problem, or null. */
export function iinError(t: TFunction, text: string): string | null {
  const iin = text.trim();
  if (iin === '') return null;
  const problem = checkIin(iin);
  return problem ? iinProblemText(t, problem) : null;
}

/** The core's English IIN messages (electron/core/services/listeners.ts) mapped back to their problem. */
const CORE_MESSAGES: Record<string, IinProblem> = {
  'an IIN is 12 digits': 'not_12_digits',
  'the first six digits of the IIN are not a real date': 'bad_date',
  'the 7th digit of the IIN must be 1–6': 'bad_century',
  'the IIN control digit is wrong': 'bad_control_digit',
  'this IIN cannot have a valid control digit': 'unusable',
};

/** The IIN problem a core message names, if it is one. */
export function iinProblemOf(message: string): IinProblem | null {
  const key = Object.keys(CORE_MESSAGES).find((m) => message.includes(m));
  return key ? (CORE_MESSAGES[key] ?? null) : null;
}
