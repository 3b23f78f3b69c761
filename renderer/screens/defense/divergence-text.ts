import type { TFunction } from 'i18next';
import type { Lang } from '../../../shared/domain/localized';
import type { Design } from '../../../shared/schemas/design-schema';
import { formatPlain, pick } from '../../i18n/format';

/** A divergence flag in words: which criterion and why, or the members' totals in different bands. */
export function divergenceText(t: TFunction, lang: Lang, design: Design, d: { criterion: number | null; reason: 'spread' | 'band_straddle' }, spread?: number): string {
  if (d.reason === 'band_straddle' || d.criterion === null) return t('defense.divergence.straddle');
  const criterion = design.criteria[d.criterion - 1];
  const limit = criterion ? criterion.max * design.aggregation.divergenceThreshold : 0;
  return t('defense.divergence.spread', {
    n: formatPlain(lang, d.criterion),
    title: criterion ? pick(criterion.title, lang) : '',
    spread: spread === undefined ? '—' : formatPlain(lang, spread),
    limit: formatPlain(lang, limit),
  });
}
