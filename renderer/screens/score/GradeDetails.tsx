import { useTranslation } from 'react-i18next';
import type { GradeResult } from '../../../shared/domain/grade';
import type { Design } from '../../../shared/schemas/design-schema';
import { findingText } from '../../i18n/codes';
import { formatPlain, pick } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';
import { GradeBadge } from './GradeBadge';
import { gradeTone } from './grade-tone';

/** The grade of a complete sheet: grade, 5-point mark, pass, consequence and warnings. */
export function GradeDetails({ design, result }: { design: Design; result: GradeResult }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <>
      <div className="grade-row">
        <span className="grade-caption">{t('score.grade')}</span>
        <GradeBadge tone={gradeTone(design, result.band)} text={result.grade ? pick(result.grade, lang) : '—'} />
      </div>
      <dl className="facts">
        {result.mark5 !== null && (
          <>
            <dt>{t('score.mark5')}</dt>
            <dd className="mark5" data-testid="mark5">
              {formatPlain(lang, result.mark5)}
            </dd>
          </>
        )}
        {result.pass !== null && (
          <>
            <dt>{t('score.attestation')}</dt>
            <dd data-testid="pass" className={result.pass ? 'pass is-pass' : 'pass is-fail'}>
              <span aria-hidden="true">{result.pass ? '✓ ' : '✗ '}</span>
              {result.pass ? t('score.passYes') : t('score.passNo')}
            </dd>
          </>
        )}
      </dl>
      {result.consequence && (
        <div className="consequence">
          <h3>{t('score.consequence')}</h3>
          <p data-testid="consequence">{pick(result.consequence, lang)}</p>
        </div>
      )}
      {result.warnings.length > 0 && (
        <div className="warnings" data-testid="warnings">
          <h3>{t('score.warnings')}</h3>
          <ul>
            {result.warnings.map((w, i) => (
              <li key={`${w.code}-${i}`} data-code={w.code}>
                {findingText(t, w.code, w.message)}
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
