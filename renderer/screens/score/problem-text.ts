import type { TFunction } from 'i18next';
import type { Lang } from '../../../shared/domain/localized';
import { assertNever } from '../../assert-never';
import { formatPlain } from '../../i18n/format';
import type { InputProblem } from './parse-points';

/** The sentence shown beside a field with a problem, in the UI language. */
export function problemText(t: TFunction, lang: Lang, problem: InputProblem): string {
  switch (problem.key) {
    case 'notANumber':
      return t('input.notANumber');
    case 'negative':
      return t('input.negative');
    case 'percentRange':
      return t('input.percentRange');
    case 'aboveMax':
      return t('input.aboveMax', { max: formatPlain(lang, problem.max) });
    case 'notAStep':
      return t('input.notAStep', { step: formatPlain(lang, problem.step) });
    case 'notALevel':
      return t('input.notALevel', { levels: problem.levels.map((v) => formatPlain(lang, v)).join(', ') });
    default:
      return assertNever(problem);
  }
}
