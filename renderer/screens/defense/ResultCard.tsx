import { useTranslation } from 'react-i18next';
import type { DefenseResult } from '../../../shared/api/channels/defense-types';
import type { Member } from '../../../shared/api/channels/people-types';
import type { Design } from '../../../shared/schemas/design-schema';
import { formatExact, formatPlain, pick } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';
import { GradeBadge } from '../score/GradeBadge';
import { gradeTone } from '../score/grade-tone';
import { AmendForm } from './AmendForm';
import { formatDateTime } from './dates';

type Props = { result: DefenseResult; design: Design; chair: Member | undefined; onChanged: () => void };

/**
 * The confirmed, locked result: exact and rounded total, grade, consequence and the rule
 * sentence; amendments listed under it (the locked record itself never changes).
 */
export function ResultCard({ result, design, chair, onChanged }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const { aggregate } = result;
  const last = result.amendments.at(-1)?.after;
  const total = last ? last.total : aggregate.total;
  const exact = last ? last.totalExact : aggregate.totalExact;
  const band = last ? last.band : aggregate.band;
  const grade = last ? last.grade : aggregate.grade;
  const consequence = design.scale.bands.find((b) => b.key === band)?.consequence ?? null;
  return (
    <section className="result-card" data-testid="result-card">
      <p className="locked-badge" data-testid="locked">
        {t('defense.result.locked', { at: formatDateTime(result.lockedAt) })}
      </p>
      <div className="result-figures">
        <span className="result-total" data-testid="result-total" title={exact === null ? undefined : `${t('score.exact')}: ${formatExact(lang, exact)}`}>
          {total === null ? '—' : formatPlain(lang, total)}
        </span>
        <span className="total-max">{t('score.outOf', { max: formatPlain(lang, design.max) })}</span>
        {exact !== null && (
          <span className="muted">
            {t('score.exact')} <b data-testid="result-exact">{formatExact(lang, exact)}</b>
          </span>
        )}
      </div>
      <GradeBadge tone={gradeTone(design, band)} text={grade ? pick(grade, lang) : '—'} />
      {last && (
        <p className="amended-note" data-testid="amended-note">
          {t('defense.result.amendedFrom', { total: formatPlain(lang, aggregate.total ?? 0) })}
        </p>
      )}
      {consequence && <p className="consequence-text" data-testid="result-consequence">{pick(consequence, lang)}</p>}
      <p className="rule-sentence" data-testid="rule-sentence">
        {pick(result.ruleSentence, lang)}
      </p>
      <dl className="facts def-small">
        <dt>{t('defense.result.scorers')}</dt>
        <dd>
          {result.scorers.map((s) => (s.isOnBehalf ? `${s.fullName} (${t('defense.sheet.paperMark')})` : s.fullName)).join(', ')}
        </dd>
        {result.absent.length > 0 && (
          <>
            <dt>{t('defense.result.absent')}</dt>
            <dd>{result.absent.map((a) => a.fullName).join(', ')}</dd>
          </>
        )}
        <dt>{t('defense.result.hash')}</dt>
        <dd className="mono" title={result.hash}>
          {result.hash.slice(0, 12)}
        </dd>
      </dl>
      {result.amendments.length > 0 && (
        <div className="amendments" data-testid="amendments">
          <h4>{t('defense.result.amendments')}</h4>
          <ol>
            {result.amendments.map((a) => (
              <li key={a.id} data-testid={`amendment-${a.id}`}>
                <b>
                  {formatPlain(lang, a.before.total)} → {formatPlain(lang, a.after.total)}
                </b>{' '}
                {a.after.grade ? `(${pick(a.after.grade, lang)})` : ''} — {a.reason} <span className="muted">{formatDateTime(a.at)}</span>
              </li>
            ))}
          </ol>
        </div>
      )}
      {chair && <AmendForm result={result} chair={chair} onChanged={onChanged} />}
    </section>
  );
}
