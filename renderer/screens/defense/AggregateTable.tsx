import { useTranslation } from 'react-i18next';
import type { AggregateResult } from '../../../shared/domain/aggregate';
import type { Design } from '../../../shared/schemas/design-schema';
import { formatExact, formatFull, formatPlain, pick } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';
import { GradeBadge } from '../score/GradeBadge';
import { gradeTone } from '../score/grade-tone';

type Props = { design: Design; aggregate: AggregateResult; showValues?: boolean; className?: string };

/**
 * The aggregate per criterion with its spread and a divergence flag (in words, not only in
 * colour), then the exact and rounded total and the grade.
 */
export function AggregateTable({ design, aggregate, showValues = true, className = '' }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const exact = aggregate.totalExact === null ? null : formatExact(lang, aggregate.totalExact);
  return (
    <div className={`aggregate ${className}`} data-testid="aggregate">
      <table className="def-table aggregate-table">
        <thead>
          <tr>
            <th>
              {t('defense.aggregate.criterion')}
              {showValues && <span className="th-sub"> · {t('defense.aggregate.values')}</span>}
            </th>
            <th className="num">{t('defense.aggregate.value')}</th>
            <th className="num">{t('defense.aggregate.spread')}</th>
          </tr>
        </thead>
        <tbody>
          {aggregate.criteria.map((c) => {
            const criterion = design.criteria[c.index - 1];
            return (
              <tr key={c.index} className={c.divergent ? 'is-divergent' : undefined} data-testid={`agg-${c.index}`} data-divergent={c.divergent}>
                <td>
                  <span className="agg-title">
                    <span className="agg-no">{formatPlain(lang, c.index)}</span> {criterion ? pick(criterion.title, lang) : ''}
                  </span>
                  {showValues && <span className="values">{c.values.map((v) => formatPlain(lang, v)).join(' · ')}</span>}
                  {c.divergent && (
                    <span className="flag" data-testid={`flag-${c.index}`}>
                      ⚠ {t('defense.aggregate.divergent')}
                    </span>
                  )}
                </td>
                <td className="num" title={formatFull(lang, c.aggregate)}>
                  {formatExact(lang, c.aggregate)}
                </td>
                <td className="num">{formatPlain(lang, c.spread)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="aggregate-total">
        <span className="agg-total-caption">{t('defense.aggregate.total')}</span>
        <span className="agg-total" data-testid="agg-total" title={exact ? `${t('score.exact')}: ${exact}` : undefined}>
          {aggregate.total === null ? '—' : formatPlain(lang, aggregate.total)}
        </span>
        {exact && (
          <span className="muted">
            {t('score.exact')} <b data-testid="agg-exact">{exact}</b>
          </span>
        )}
        <GradeBadge tone={gradeTone(design, aggregate.band)} text={aggregate.grade ? pick(aggregate.grade, lang) : '—'} />
      </div>
    </div>
  );
}
