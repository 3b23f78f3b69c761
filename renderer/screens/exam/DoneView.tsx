import { useTranslation } from 'react-i18next';
import type { ExamineeResult, ExamView } from '../../../shared/api/channels/sittings-types';
import { formatFull, formatPercent, formatPlain, pick } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';
import { formatMoment } from '../programmes/ui/dates';
import { GradeTag } from '../tests/GradeTag';

type Props = { view: ExamView; onCheck: () => void };

function Result({ result }: { result: ExamineeResult }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <div className="exam-result" data-testid="exam-result">
      <h2>{t('tests.exam.resultTitle')}</h2>
      <dl className="facts exam-facts">
        <dt>{t('tests.exam.resultPoints')}</dt>
        <dd data-testid="exam-result-points" title={formatFull(lang, result.points.value)}>
          {t('tests.common.pointsOf', { n: formatPlain(lang, result.points.value), max: formatPlain(lang, result.max.value) })}
        </dd>
        <dt>{t('tests.exam.resultPercent')}</dt>
        <dd data-testid="exam-result-percent" title={`${formatFull(lang, result.percent.value)} %`}>
          {formatPercent(lang, result.percent.value)}
        </dd>
        {result.grade && (
          <>
            <dt>{t('tests.exam.resultGrade')}</dt>
            <dd data-testid="exam-result-grade">
              <GradeTag band={result.band} pass={result.pass} text={pick(result.grade, lang)} />
            </dd>
          </>
        )}
        {result.certificate !== null && (
          <>
            <dt>{t('tests.exam.resultCertificate')}</dt>
            <dd data-testid="exam-result-certificate">{result.certificate ? t('tests.common.yes') : t('tests.common.no')}</dd>
          </>
        )}
      </dl>
    </div>
  );
}

/** After the test: when and how it ended; the result once the examiner has released it. */
export function DoneView({ view, onCheck }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  if (view.status === 'absent') {
    return (
      <section className="exam-card" data-testid="exam-absent">
        <h1>{t('tests.exam.absentTitle')}</h1>
        <p>{t('tests.exam.absentBody')}</p>
      </section>
    );
  }
  return (
    <section className="exam-card" data-testid="exam-done" data-by={view.submittedBy ?? ''}>
      <p className="exam-kicker">{pick(view.title, lang)}</p>
      <h1>{t('tests.exam.doneTitle')}</h1>
      <p className="exam-name-line">{view.listenerName}</p>
      {view.submittedAt && <p data-testid="exam-done-at">{t('tests.exam.doneAt', { time: formatMoment(lang, view.submittedAt) })}</p>}
      {view.submittedBy === 'timeout' && (
        <p className="alert alert--info" data-testid="exam-timeout">
          {t('tests.exam.doneTimeout')}
        </p>
      )}
      {view.submittedBy === 'examiner' && <p className="alert alert--info">{t('tests.exam.doneExaminer')}</p>}
      <p className="muted">{t('tests.exam.doneAnswered', { n: formatPlain(lang, view.answered), total: formatPlain(lang, view.itemCount) })}</p>
      {view.result ? (
        <Result result={view.result} />
      ) : (
        <div className="exam-wait" data-testid="exam-wait">
          <p>{t('tests.exam.doneWait')}</p>
          <button type="button" className="pf-button pf-button--ghost ts-big" onClick={onCheck} data-testid="exam-check">
            {t('tests.exam.doneCheck')}
          </button>
        </div>
      )}
    </section>
  );
}
