import { useTranslation } from 'react-i18next';
import type { ExactNumber, SittingDetail, SittingResultSet } from '../../../shared/api/channels/sittings-types';
import type { Lang } from '../../../shared/domain/localized';
import { call } from '../../api/client';
import { errorText } from '../../i18n/codes';
import { formatFull, formatPercent, formatPlain, pick } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';
import { useLoad } from '../programmes/ui/use-load';
import { GradeTag } from './GradeTag';
import { examineeStatusText } from './labels';

/** The exact value of a fraction for the hover: "37/2 = 18.5". */
function exactTitle(lang: Lang, x: ExactNumber): string {
  return x.den === 1 ? formatFull(lang, x.value) : `${x.num}/${x.den} = ${formatFull(lang, x.value)}`;
}

/** A key for the result set's load: it changes whenever the sitting moves on. */
export function sittingKey(d: SittingDetail): string {
  return `${d.id}|${d.status}|${d.counts.submitted}|${d.counts.inProgress}|${d.releasedAt ?? ''}`;
}

function Summary({ set }: { set: SittingResultSet }) {
  const { t } = useTranslation();
  const lang = useLang();
  const s = set.summary;
  const facts: [string, string, string][] = [
    ['admitted', t('tests.results.admitted'), formatPlain(lang, s.admitted)],
    ['sat', t('tests.results.sat'), formatPlain(lang, s.sat)],
    ['absent', t('tests.results.absent'), formatPlain(lang, s.absent)],
    ['passed', t('tests.results.passed'), formatPlain(lang, s.passed)],
    ['certificates', t('tests.results.certificates'), formatPlain(lang, s.certificates)],
    ['mean', t('tests.results.mean'), s.meanPercent === null ? '—' : formatPercent(lang, s.meanPercent)],
  ];
  return (
    <div className="ts-stats" data-testid="results-summary">
      {facts.map(([key, label, value]) => (
        <div key={key} className="ts-stat" data-testid={`summary-${key}`}>
          <span className="ts-stat-label">{label}</span>
          <span className="ts-stat-value">{value}</span>
        </div>
      ))}
    </div>
  );
}

/** The results: points (exact on hover), exact percent with one decimal, grade, certificate; provisional until release. */
export function ResultsTab({ detail }: { detail: SittingDetail }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { state } = useLoad(() => call('sitting:results', { sittingId: detail.id }), sittingKey(detail));
  if (state.status === 'failed') return <p className="alert alert--error">{errorText(t, state.error)}</p>;
  if (state.status !== 'done') return <p className="muted">{t('score.loading')}</p>;
  const set = state.value;
  return (
    <div data-testid="results-tab" data-final={set.isFinal}>
      <p className={set.isFinal ? 'alert alert--info' : 'alert ts-provisional'} data-testid="results-state">
        {set.isFinal ? t('tests.results.final', { hash: set.hash?.slice(0, 12) ?? '' }) : t('tests.results.provisional')}
      </p>
      <Summary set={set} />
      <div className="card card--flush pf-scroll">
        <table className="pf-table" data-testid="results-table">
          <thead>
            <tr>
              <th className="pf-num">{t('tests.common.number')}</th>
              <th>{t('tests.common.name')}</th>
              <th>{t('tests.examinees.status')}</th>
              <th className="pf-num">{t('tests.results.points')}</th>
              <th className="pf-num">{t('tests.results.percent')}</th>
              <th>{t('tests.results.grade')}</th>
              <th>{t('tests.results.certificate')}</th>
            </tr>
          </thead>
          <tbody>
            {set.rows.map((r) => (
              <tr key={r.id} data-testid={`result-${r.number}`}>
                <td className="pf-num">{formatPlain(lang, r.number)}</td>
                <td>{r.listenerName}</td>
                <td>
                  {examineeStatusText(t, r.status, r.submittedBy)}
                  {r.pendingEssays > 0 && <span className="pf-tag pf-tag--warn">{t('tests.results.pending', { n: formatPlain(lang, r.pendingEssays) })}</span>}
                </td>
                <td className="pf-num" data-testid="result-points" title={r.points ? `${t('tests.common.exact')}: ${exactTitle(lang, r.points)}` : undefined}>
                  {r.points && r.max ? t('tests.common.pointsOf', { n: formatPlain(lang, r.points.value), max: formatPlain(lang, r.max.value) }) : '—'}
                </td>
                <td className="pf-num" data-testid="result-percent" title={r.percent ? `${t('tests.common.exact')}: ${exactTitle(lang, r.percent)} %` : undefined}>
                  {r.percent ? formatPercent(lang, r.percent.value) : '—'}
                </td>
                <td data-testid="result-grade">{r.grade ? <GradeTag band={r.band} pass={r.pass} text={pick(r.grade, lang)} /> : '—'}</td>
                <td data-testid="result-certificate">{r.certificate === null ? '—' : r.certificate ? t('tests.common.yes') : t('tests.common.no')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="pf-hint">{t('tests.results.percentNote')}</p>
    </div>
  );
}
