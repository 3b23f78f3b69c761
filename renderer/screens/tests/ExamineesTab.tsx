import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdmittedExaminee, ExamineeRow, SittingDetail } from '../../../shared/api/channels/sittings-types';
import { call } from '../../api/client';
import { formatPercent, formatPlain } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';
import { formatMoment } from '../programmes/ui/dates';
import { AdmitPanel } from './AdmitPanel';
import { ConfirmDialog } from './ConfirmDialog';
import { examineeStatusText, sittingErrorText } from './labels';
import { TokenList } from './TokenList';

type Props = { detail: SittingDetail; onChanged: () => void; issued: AdmittedExaminee[]; onIssued: (list: AdmittedExaminee[]) => void };

const TONE = { ready: 'warn', in_progress: 'warn', submitted: 'ok', absent: 'bad' } as const;

/** Who sits the test and where each stands; admitting listeners, their kiosk links, a new link for a lost one. */
export function ExamineesTab({ detail, onChanged, issued, onIssued }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const [reissuing, setReissuing] = useState<ExamineeRow | null>(null);
  const [isBusy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const isClosed = detail.status === 'closed';

  const add = (fresh: AdmittedExaminee[]) => {
    const ids = new Set(fresh.map((a) => a.examineeId));
    onIssued([...issued.filter((a) => !ids.has(a.examineeId)), ...fresh].sort((a, b) => a.number - b.number));
    onChanged();
  };

  const reissue = async () => {
    if (!reissuing) return;
    setBusy(true);
    setError(null);
    try {
      add([await call('sitting:reissue', { examineeId: reissuing.id })]);
      setReissuing(null);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div data-testid="examinees-tab">
      {detail.status === 'open' && <AdmitPanel detail={detail} onAdmitted={add} />}
      {issued.length > 0 && <TokenList detail={detail} issued={issued} onHide={() => onIssued([])} />}
      <div className="card card--flush">
        <div className="pf-toolbar">
          <h2 className="pf-toolbar-title">{t('tests.examinees.title')}</h2>
          <span className="muted">{t('tests.examinees.provisional')}</span>
        </div>
        {detail.examinees.length === 0 ? (
          <p className="muted pf-pad" data-testid="examinees-empty">{t('tests.examinees.empty')}</p>
        ) : (
          <div className="pf-scroll">
            <table className="pf-table" data-testid="examinees-table">
              <thead>
                <tr>
                  <th className="pf-num">{t('tests.common.number')}</th>
                  <th>{t('tests.common.name')}</th>
                  <th>{t('tests.examinees.status')}</th>
                  <th>{t('tests.examinees.started')}</th>
                  <th>{t('tests.examinees.submitted')}</th>
                  <th className="pf-num">{t('tests.examinees.answered')}</th>
                  <th className="pf-num">{t('tests.examinees.percent')}</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {detail.examinees.map((e) => (
                  <tr key={e.id} data-testid={`examinee-${e.number}`} data-status={e.status}>
                    <td className="pf-num">{formatPlain(lang, e.number)}</td>
                    <td>{e.listenerName}</td>
                    <td><span className={`pf-status pf-status--${TONE[e.status]}`}>{examineeStatusText(t, e.status, e.submittedBy)}</span></td>
                    <td className="pf-nowrap">{e.startedAt ? formatMoment(lang, e.startedAt) : '—'}</td>
                    <td className="pf-nowrap">{e.submittedAt ? formatMoment(lang, e.submittedAt) : '—'}</td>
                    <td className="pf-num">{formatPlain(lang, e.answered)}</td>
                    <td className="pf-num">{e.percent ? formatPercent(lang, e.percent.value) : '—'}</td>
                    <td className="pf-row-actions">
                      {!isClosed && e.status !== 'absent' && (
                        <button type="button" className="pf-button pf-button--ghost pf-button--small" onClick={() => { setError(null); setReissuing(e); }} data-testid={`reissue-${e.number}`}>
                          {t('tests.examinees.reissue')}
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
      <ConfirmDialog isOpen={reissuing !== null} title={t('tests.examinees.reissueTitle', { name: reissuing?.listenerName ?? '' })} confirmLabel={t('tests.examinees.reissueConfirm')}
        cancelLabel={t('tests.common.cancel')} onConfirm={() => void reissue()} onCancel={() => setReissuing(null)} isBusy={isBusy}
        error={error ? sittingErrorText(t, error) : null} testId="reissue-dialog">
        <p>{t('tests.examinees.reissueBody')}</p>
      </ConfirmDialog>
    </div>
  );
}
